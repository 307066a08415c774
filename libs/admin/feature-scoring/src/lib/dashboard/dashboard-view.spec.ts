import { dashboardDto } from '../../testing/scoring-fixtures';
import {
  bandChart,
  clusterChart,
  histogramChart,
  kpis,
  notRegistered,
  percent,
  phaseChart,
  registrationChart,
} from './dashboard-view';

const label = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

type Series = { data: Array<number | { value: number; name?: string; unitId?: string }> };
const series = (option: object) => (option as { series: Series[] }).series;

describe('the plan dashboard figures', () => {
  it('writes rates as people read them', () => {
    expect(percent(0.5)).toBe('50%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.0333)).toBe('3,3%');
    expect(percent(0)).toBe('0%');
  });

  it('gives one card per figure, one per phase, with the counts behind each rate', () => {
    const cards = kpis(dashboardDto(), label);
    expect(cards.map((k) => [k.id, k.value])).toEqual([
      ['recipients', '4'],
      ['acknowledged', '3/4'],
      ['registration', '50%'],
      ['phase-phase-1', '50%'],
      ['scored', '2/3'],
      ['average', '77,3'],
    ]);
    expect(cards[2].hint).toBe('kpi.registrationHint {"sent":2,"recipients":4,"late":1}');
    expect(cards[1].hint).toContain('"rate":"75%"');
    expect(kpis({ ...dashboardDto(), recipients: 0, acknowledged: 0 }, label)[1].hint).toContain(
      '"rate":"—"',
    );
  });

  it('says when no criteria set is attached and no unit is scored yet', () => {
    const d = dashboardDto();
    const none = kpis(
      { ...d, scores: { ...d.scores, criteriaSet: null, final: 0, draft: 0, averageFinal: null } },
      label,
    );
    expect(none.find((k) => k.id === 'average')).toMatchObject({ value: '—', hint: 'kpi.noCriteria' });
    expect(none.find((k) => k.id === 'scored')?.value).toBe('0/0');
  });

  it('maps registrations (leaving out empty slices), phases, the histogram and the bands into chart data', () => {
    const d = dashboardDto();
    expect(notRegistered(d)).toBe(1);
    expect(series(registrationChart(d, label))[0].data).toEqual([
      expect.objectContaining({ name: 'registration.none', value: 1 }),
      expect.objectContaining({ name: 'registration.draft', value: 1 }),
      expect.objectContaining({ name: 'registration.submitted', value: 1 }),
      expect.objectContaining({ name: 'registration.accepted', value: 1 }),
    ]);
    expect(series(phaseChart(d, label)).map((s) => s.data)).toEqual([[2], [1]]);
    const histogram = histogramChart(d, label) as { xAxis: { data: string[] } };
    expect(histogram.xAxis.data).toEqual(['50–60', '60–70', '90–100']);
    expect(series(histogram)[0].data).toEqual([1, 0, 1]);
    // Bars read from the top: the highest band first, those reaching none last.
    const bands = bandChart(d, label) as { yAxis: { data: string[] } };
    expect(bands.yAxis.data).toEqual([
      'scores.unbanded',
      'Hoàn thành nhiệm vụ',
      'Vững mạnh',
      'Vững mạnh xuất sắc',
    ]);
    expect(series(bands)[0].data.map((p) => (typeof p === 'number' ? p : p.value))).toEqual([0, 1, 0, 1]);
  });

  it('ranks a cluster’s members with their final total, or their own total while not final', () => {
    const unit = (n: number) => ({ id: `u${n}`, code: `CDCS-00${n}`, name: `Đơn vị ${n}` });
    const option = clusterChart(
      {
        id: 'c1',
        name: 'Cụm 1',
        kind: 'cluster',
        leader: null,
        standings: [
          {
            unit: unit(1),
            position: 1,
            scorecardStatus: 'final',
            finalTotal: 92,
            finalBand: 'Xuất sắc',
            selfTotal: 95,
          },
          {
            unit: unit(2),
            position: null,
            scorecardStatus: 'submitted',
            finalTotal: null,
            finalBand: null,
            selfTotal: 80,
          },
        ],
      },
      label,
    ) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['CDCS-002', 'CDCS-001']);
    expect(series(option)[0].data).toEqual([
      expect.objectContaining({ value: 80, unitId: 'u2' }),
      expect.objectContaining({ value: 92, unitId: 'u1' }),
    ]);
  });
});
