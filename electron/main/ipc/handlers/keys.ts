import { Buffer } from 'node:buffer';
import type { KeyService } from '../../services/key-service';
import type { HandlerMap } from '../register';

export function keyHandlers(keys: KeyService): Pick<HandlerMap, 'keys:list' | 'keys:rotate' | 'keys:exportPublic' | 'keys:importPublic'> {
  return {
    'keys:list': () => keys.list(),
    'keys:rotate': () => keys.rotate(),
    'keys:exportPublic': ({ keyId }) => {
      const file = keys.exportPublic(keyId);
      return { fileName: file.fileName, mediaType: 'application/json', contentBase64: Buffer.from(file.content).toString('base64') };
    },
    'keys:importPublic': ({ label, content }) => keys.importPublic(label, content),
  };
}
