import { MatDialog } from '@angular/material/dialog';
import { openCommentDialog } from '@thidua/admin/ui';
import { ReviewRequest } from '@thidua/shared/contracts';
import { Observable } from 'rxjs';

/**
 * Accepts or returns a registration or report (returning needs a comment); emits the server's
 * answer. `subject` names what is reviewed, for the lead: "the registration of …".
 */
export function openReviewDialog<T>(
  dialog: MatDialog,
  decision: ReviewRequest['decision'],
  subject: string,
  send: (body: ReviewRequest) => Observable<T>,
): Observable<T | undefined> {
  const required = decision === 'return';
  const key = `participation.review.${decision}.`;
  return openCommentDialog(dialog, {
    texts: {
      title: `${key}title`,
      lead: `${key}lead`,
      label: required ? 'participation.review.reason' : 'participation.review.comment',
      hint: 'participation.review.commentHint',
      action: `${key}action`,
    },
    params: { subject },
    required,
    danger: required,
    send: (comment) => send({ decision, ...(comment ? { comment } : {}) }),
  });
}
