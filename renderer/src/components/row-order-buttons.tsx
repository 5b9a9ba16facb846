import { Button } from './button';

export type RowOrderButtonsProps = {
  index: number;
  count: number;
  onMove: (to: number) => void;
  labels: { up: string; down: string };
};

/** Move a row up or down a list whose order is kept (parties, cooperation items). */
export function RowOrderButtons({ index, count, onMove, labels }: RowOrderButtonsProps) {
  return (
    <span className="row-order">
      <Button size="small" variant="ghost" onClick={() => onMove(index - 1)} disabled={index === 0}>
        {labels.up}
      </Button>
      <Button size="small" variant="ghost" onClick={() => onMove(index + 1)} disabled={index >= count - 1}>
        {labels.down}
      </Button>
    </span>
  );
}
