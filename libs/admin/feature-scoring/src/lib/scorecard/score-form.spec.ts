import { criteriaSet, scorecardDto, submittedCard } from '../../testing/scoring-fixtures';
import { fillScoreForm, groupTotal, liveOutcome, reviewBody, scoreForm, selfBody } from './score-form';

describe('the scoring form', () => {
  it('totals the unit’s points with the bonus, capped, and finds the band by the server’s rule', () => {
    const form = scoreForm();
    fillScoreForm(form, scorecardDto());
    const [a, b, c] = form.controls.items.controls;
    a.controls.self.setValue(38);
    b.controls.self.setValue(18);
    expect(liveOutcome(criteriaSet(), form.getRawValue(), 'self')).toEqual({
      total: 56,
      band: 'Hoàn thành nhiệm vụ',
      missing: 1,
    });

    c.controls.self.setValue(35);
    form.controls.bonusSelf.setValue(5);
    expect(liveOutcome(criteriaSet(), form.getRawValue(), 'self')).toEqual({
      total: 96,
      band: 'Vững mạnh xuất sắc',
      missing: 0,
    });

    // 95 points, but 1.2 is under half its points: the highest band needs every criterion at half.
    b.controls.self.setValue(7);
    form.controls.bonusSelf.setValue(15);
    const outcome = liveOutcome(criteriaSet(), form.getRawValue(), 'self');
    expect(outcome.total).toBe(90); // the bonus counts up to 10
    expect(outcome.band).toBe('Vững mạnh');
    expect(form.controls.bonusSelf.errors).toEqual({ max: { max: 10, actual: 15 } });
  });

  it('takes the reviewer’s points where given and the unit’s elsewhere, and totals each group', () => {
    const form = scoreForm();
    fillScoreForm(form, submittedCard({ reviewable: true }));
    form.controls.items.at(0).controls.review.setValue(30);
    const value = form.getRawValue();
    expect(liveOutcome(criteriaSet(), value, 'review')).toEqual({
      total: 88,
      band: 'Vững mạnh xuất sắc',
      missing: 0,
    });
    expect(groupTotal(criteriaSet(), value, 0, 'self')).toBe(56);
    expect(groupTotal(criteriaSet(), value, 0, 'review')).toBe(48);
    expect(groupTotal(criteriaSet(), value, 1, 'review')).toBe(35);
  });

  it('lets the unit write only its own points, and a reviewer only theirs', () => {
    const unit = scoreForm();
    fillScoreForm(unit, scorecardDto());
    expect(unit.controls.items.at(0).controls.self.enabled).toBe(true);
    expect(unit.controls.items.at(0).controls.review.enabled).toBe(false);
    expect(unit.controls.bonusSelf.enabled).toBe(true);

    const reviewer = scoreForm();
    fillScoreForm(reviewer, submittedCard({ reviewable: true }));
    expect(reviewer.controls.items.at(0).controls.self.enabled).toBe(false);
    expect(reviewer.controls.items.at(0).controls.review.enabled).toBe(true);
    expect(reviewer.controls.bonusReview.enabled).toBe(true);

    const reader = scoreForm();
    fillScoreForm(reader, submittedCard());
    expect(reader.enabled).toBe(false);
  });

  it('sends the points given with trimmed notes and the version, and the reviewer’s reason', () => {
    const form = scoreForm();
    const card = scorecardDto();
    fillScoreForm(form, card);
    form.controls.items.at(0).patchValue({ self: 38, selfNote: '  Có biên bản  ' });
    form.controls.items.at(2).patchValue({ self: 0 });
    expect(selfBody(card, form.getRawValue())).toEqual({
      version: 3,
      items: [
        { code: '1.1', points: 38, note: 'Có biên bản' },
        { code: '2.1', points: 0, note: null },
      ],
      bonus: null,
    });

    const submitted = submittedCard({ reviewable: true });
    fillScoreForm(form, submitted);
    form.controls.items.at(1).patchValue({ review: 15, reviewNote: 'Thiếu biên bản' });
    form.controls.bonusReview.setValue(3);
    expect(reviewBody(submitted, form.getRawValue(), 'Đối chiếu minh chứng')).toEqual({
      version: 3,
      items: [{ code: '1.2', points: 15, note: 'Thiếu biên bản' }],
      bonus: { points: 3, note: null },
      reason: 'Đối chiếu minh chứng',
    });
  });
});
