// A rule switched off in a comment must say why (`// eslint-disable-next-line rule -- reason`), so a
// skipped test or an `interface` kept for declaration merging is a decision a reviewer can read,
// not a silenced warning. ESLint itself parses the `-- reason` part but never requires it.

const DIRECTIVE = /^\s*eslint-disable(?:-next-line|-line)?(?:\s|$)/;

/** @type {import('eslint').Rule.RuleModule} */
export const requireDisableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Require a reason (`-- why`) on every eslint-disable comment.' },
    schema: [],
    messages: {
      missing: 'Say why this rule is switched off here: add ` -- <reason>` to the comment.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          if (!DIRECTIVE.test(comment.value)) continue;
          const reason = comment.value.split(/\s-{2,}\s/)[1];
          if (reason === undefined || reason.trim() === '') {
            context.report({ loc: comment.loc, messageId: 'missing' });
          }
        }
      },
    };
  },
};
