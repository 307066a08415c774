import type { EChartsCoreOption } from 'echarts/core';
import { PlanDashboardDto } from '@thidua/shared/contracts';

/** Translates a key of `planDashboard.*` (the page passes Transloco's translate). */
export type Label = (key: string, params?: Record<string, unknown>) => string;

export interface Kpi {
  id: string;
  label: string;
  value: string;
  hint: string;
}

const COLORS = {
  none: '#b8bec8',
  draft: '#8d96a6',
  submitted: '#3d6fd1',
  accepted: '#2e9467',
  returned: '#d99a1e',
  late: '#c0504d',
  primary: '#1b438e',
  band: ['#1b438e', '#3d6fd1', '#6b9be8', '#a9c3f0', '#d2dcec'],
};

const TEXT = { color: '#44474e', fontFamily: 'inherit' };

/** "83%" (or "83,3%" below 10): a 0–1 rate as people read it. */
export function percent(rate: number): string {
  const pct = rate * 100;
  const rounded = pct < 10 && pct > 0 ? Math.round(pct * 10) / 10 : Math.round(pct);
  return `${String(rounded).replace('.', ',')}%`;
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** Units that have not saved any registration yet. */
export function notRegistered(d: PlanDashboardDto): number {
  const r = d.registrations;
  return Math.max(0, d.recipients - r.draft - r.submitted - r.accepted - r.returned);
}

/** The figures across the top of the dashboard. */
export function kpis(d: PlanDashboardDto, label: Label): Kpi[] {
  const r = d.registrations;
  const sent = r.submitted + r.accepted + r.returned;
  const s = d.scores;
  const scored = s.draft + s.submitted + s.returned + s.final;
  const list: Kpi[] = [
    {
      id: 'recipients',
      label: label('kpi.recipients'),
      value: String(d.recipients),
      hint: label('kpi.recipientsHint'),
    },
    {
      id: 'acknowledged',
      label: label('kpi.acknowledged'),
      value: `${d.acknowledged}/${d.recipients}`,
      hint: label('kpi.acknowledgedHint', {
        rate: d.recipients ? percent(d.acknowledged / d.recipients) : '—',
      }),
    },
    {
      id: 'registration',
      label: label('kpi.registration'),
      value: percent(r.rate),
      hint: label('kpi.registrationHint', { sent, recipients: d.recipients, late: r.late }),
    },
  ];
  for (const p of d.phases) {
    list.push({
      id: `phase-${p.phaseId}`,
      label: label('kpi.onTime', { phase: p.name }),
      value: percent(p.onTimeRate),
      hint: label('kpi.onTimeHint', { onTime: p.onTime, late: p.late, recipients: d.recipients }),
    });
  }
  list.push(
    {
      id: 'scored',
      label: label('kpi.scored'),
      value: `${s.final}/${scored}`,
      hint: label('kpi.scoredHint', { submitted: s.submitted, returned: s.returned, draft: s.draft }),
    },
    {
      id: 'average',
      label: label('kpi.average'),
      value: s.averageFinal === null ? '—' : num(s.averageFinal),
      hint: s.criteriaSet
        ? label('kpi.averageHint', { max: num(s.criteriaSet.maxTotal) })
        : label('kpi.noCriteria'),
    },
  );
  return list;
}

/** Registration status as a donut: not started, draft, sent, accepted, returned. */
export function registrationChart(d: PlanDashboardDto, label: Label): EChartsCoreOption {
  const r = d.registrations;
  const slices = [
    { key: 'none', value: notRegistered(d) },
    { key: 'draft', value: r.draft },
    { key: 'submitted', value: r.submitted },
    { key: 'accepted', value: r.accepted },
    { key: 'returned', value: r.returned },
  ] as const;
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, icon: 'circle', textStyle: TEXT },
    series: [
      {
        type: 'pie',
        radius: ['36%', '62%'],
        center: ['50%', '42%'],
        label: { show: true, position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 600 },
        // Empty slices would only stack their zero labels on top of each other.
        data: slices
          .filter((s) => s.value > 0)
          .map((s) => ({
            name: label(`registration.${s.key}`),
            value: s.value,
            itemStyle: { color: COLORS[s.key] },
          })),
      },
    ],
  };
}

/** Reports per phase: on time and late as stacked bars against the recipients. */
export function phaseChart(d: PlanDashboardDto, label: Label): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, textStyle: TEXT },
    grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: d.phases.map((p) => p.name), axisLabel: TEXT },
    yAxis: { type: 'value', minInterval: 1, max: Math.max(d.recipients, 1), axisLabel: TEXT },
    series: [
      {
        name: label('phases.onTime'),
        type: 'bar',
        stack: 'sent',
        barMaxWidth: 48,
        itemStyle: { color: COLORS.accepted },
        label: {
          show: true,
          position: 'insideTop',
          color: '#fff',
          formatter: (p: { dataIndex: number }) => percent(d.phases[p.dataIndex].onTimeRate),
        },
        data: d.phases.map((p) => p.onTime),
      },
      {
        name: label('phases.late'),
        type: 'bar',
        stack: 'sent',
        barMaxWidth: 48,
        itemStyle: { color: COLORS.late },
        data: d.phases.map((p) => p.late),
      },
    ],
  };
}

/** Final scores in tenths of the set's maximum. */
export function histogramChart(d: PlanDashboardDto, label: Label): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: d.scores.histogram.map((b) => `${num(b.from)}–${num(b.to)}`),
      axisLabel: { ...TEXT, interval: 0, rotate: d.scores.histogram.length > 6 ? 30 : 0, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
    series: [
      {
        name: label('scores.units'),
        type: 'bar',
        barCategoryGap: '8%',
        itemStyle: { color: COLORS.submitted },
        label: {
          show: true,
          position: 'top',
          color: TEXT.color,
          formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
        },
        data: d.scores.histogram.map((b) => b.count),
      },
    ],
  };
}

/** Final scorecards per rank band (highest first), then those reaching none. */
export function bandChart(d: PlanDashboardDto, label: Label): EChartsCoreOption {
  const rows = [
    ...d.scores.bands.map((b, i) => ({ name: b.name, count: b.count, color: COLORS.band[Math.min(i, 4)] })),
    { name: label('scores.unbanded'), count: d.scores.unbanded, color: COLORS.none },
  ].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { ...TEXT, width: 150, overflow: 'break', lineHeight: 15 },
    },
    series: [
      {
        name: label('scores.units'),
        type: 'bar',
        barMaxWidth: 28,
        label: { show: true, position: 'right', color: TEXT.color },
        data: rows.map((r) => ({ value: r.count, itemStyle: { color: r.color } })),
      },
    ],
  };
}

/** A cluster's members by total: the final total, or the unit's own total (lighter) while not final. */
export function clusterChart(cluster: PlanDashboardDto['clusters'][number], label: Label): EChartsCoreOption {
  const rows = [...cluster.standings].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: TEXT },
    yAxis: {
      type: 'category',
      data: rows.map((s) => s.unit.code),
      axisLabel: TEXT,
    },
    series: [
      {
        name: label('clusters.total'),
        type: 'bar',
        barMaxWidth: 24,
        label: {
          show: true,
          position: 'right',
          color: TEXT.color,
          formatter: (p: { value: number }) => num(p.value),
        },
        data: rows.map((s) => ({
          value: s.finalTotal ?? s.selfTotal ?? 0,
          unitId: s.unit.id,
          itemStyle: { color: s.finalTotal !== null ? COLORS.primary : COLORS.none },
        })),
      },
    ],
  };
}
