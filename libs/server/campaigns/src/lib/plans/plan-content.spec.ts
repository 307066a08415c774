import { PlanContent } from '@thidua/shared/contracts';
import { PlanEntity } from '../entities/plan.entity';
import { normaliseContent } from './plan-editor.service';
import { missingForIssue } from './plan-lifecycle.service';

const content = (overrides: Partial<PlanContent> = {}): PlanContent => ({
  docNo: null,
  docSymbol: 'KH-LĐ',
  place: 'Khánh Hòa',
  issuedDate: null,
  year: 2024,
  title: 'Kế hoạch',
  bases: [],
  context: null,
  purposes: [],
  theme: null,
  activityTheme: null,
  contentIntro: null,
  contentItems: [],
  movements: [],
  phases: [{ name: 'Đợt 1', from: '2024-01-01', to: '2024-07-31', focus: '', commemorations: [] }],
  duties: [],
  reportingChannel: null,
  closing: null,
  recipients: [],
  archive: null,
  signature: { mode: 'TM', body: 'BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Bùi Đăng Thành' },
  ...overrides,
});

describe('plan content before it is stored', () => {
  it('trims and NFC-normalises text, and turns blank optional text into null', () => {
    const decomposed = 'Kha\u0301nh Ho\u0300a';
    const result = normaliseContent(
      content({ place: `  ${decomposed} `, theme: '   ', purposes: ['  Một. ', ' '], context: ' Bối cảnh ' }),
    );
    expect(result.place).toBe('Khánh Hòa');
    expect(result.theme).toBeNull();
    expect(result.context).toBe('Bối cảnh');
    expect(result.purposes).toEqual(['Một.']);
  });

  it('refuses a phase that ends before it starts, naming the phase', () => {
    expect(() =>
      normaliseContent(
        content({
          phases: [{ name: 'Đợt 2', from: '2024-12-31', to: '2024-08-01', focus: '', commemorations: [] }],
        }),
      ),
    ).toThrow(expect.objectContaining({ code: 'plan_phase_dates', params: { name: 'Đợt 2' } }));
  });
});

describe('what a plan needs before it is issued', () => {
  const plan = (c: PlanContent, recipientCount: number) => ({ content: c, recipientCount }) as PlanEntity;

  it('needs nothing more from a complete plan', () => {
    expect(missingForIssue(plan(content(), 3))).toEqual([]);
  });

  it('names every missing field in the order of the form', () => {
    const c = content({ title: '', phases: [], signature: { mode: 'TM', body: null, title: '', name: '' } });
    expect(missingForIssue(plan(c, 0)).map((p) => p.field)).toEqual([
      'content.title',
      'content.phases',
      'content.signature.name',
      'content.signature.title',
      'recipientUnitIds',
    ]);
  });
});
