import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { describeApiError, LanguageService } from '@thidua/admin/core';
import { OrgUnitPicker } from '@thidua/admin/feature-org';
import { Alert, applyServerErrors, ErrorState, PageHeader } from '@thidua/admin/ui';
import {
  CreatePlanRequest,
  OrgUnitDto,
  PlanContent,
  PlanDto,
  PlanHeader,
  PlanImportResult,
  PlanTemplateDto,
  SIGNATURE_MODES,
  UpdatePlanRequest,
} from '@thidua/shared/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { filter, firstValueFrom, Subscription } from 'rxjs';
import { PlanDraftStore } from '../data/plan-draft.store';
import { PlansApi } from '../data/plans.api';
import { PlanDocument } from '../preview/plan-document';
import { BasesSection } from './bases-section';
import { DutiesSection } from './duties-section';
import { EDITOR_IMPORTS } from './editor-imports';
import { ItemsSection } from './items-section';
import { MovementsField } from './movements-field';
import { PhasesSection } from './phases-section';
import {
  applyIssuerDefaults,
  contentFromForm,
  PlanForm,
  planForm,
  toApiField,
  withIssuerDefaults,
} from './plan-form';
import { RecipientsSection } from './recipients-section';
import { TextListField } from './text-list';
import { UnitsField } from './units-field';
import { HasUnsavedChanges } from './unsaved-changes.guard';

export const VERSION_CONFLICT = 'plan_version_conflict';

/**
 * "Soạn kế hoạch" / "Sửa kế hoạch": the plan's content in sections on the left, the document as it
 * will be issued on the right (below on narrow screens), updated as the user types.
 */
@Component({
  selector: 'td-plan-editor-page',
  imports: [
    ...EDITOR_IMPORTS,
    MatProgressBar,
    RouterLink,
    Alert,
    ErrorState,
    PageHeader,
    PlanDocument,
    BasesSection,
    TextListField,
    ItemsSection,
    MovementsField,
    PhasesSection,
    DutiesSection,
    RecipientsSection,
    UnitsField,
    OrgUnitPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-editor.page.html',
  styleUrl: './plan-editor.page.scss',
})
export class PlanEditorPage implements HasUnsavedChanges {
  private readonly api = inject(PlansApi);
  private readonly drafts = inject(PlanDraftStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private formSubscription: Subscription | null = null;

  /** The `:id` of the route; absent for a new plan. */
  readonly id = input<string>();
  /** `?issuer=` of a new plan: the unit that issues it (default: the federation, the root unit). */
  readonly issuer = input<string>();

  protected readonly modes = SIGNATURE_MODES;
  protected readonly form = signal<PlanForm | null>(null);
  protected readonly plan = signal<PlanDto | null>(null);
  protected readonly imported = signal<PlanImportResult | null>(null);
  /** The issuer's defaults of a new plan (header lines, symbol, place, signer). */
  protected readonly template = signal<PlanTemplateDto | null>(null);
  /** The issuing unit of a new plan, as picked (starts with the template's). */
  protected readonly issuerPick = new FormControl<OrgUnitDto | null>(null);
  protected readonly switchingIssuer = signal(false);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly summary = signal<string | null>(null);
  protected readonly conflict = signal<string | null>(null);
  private readonly changes = signal(0);
  private saved = false;

  /** The number in the register: given at issue (or read from an imported document). */
  protected readonly docNo = computed(
    () => this.plan()?.content.docNo ?? this.imported()?.draft.docNo ?? null,
  );
  protected readonly preview = computed<PlanContent | null>(() => {
    this.changes();
    const form = this.form();
    return form ? contentFromForm(form, this.docNo()) : null;
  });
  protected readonly header = computed<PlanHeader | null>(
    () => this.plan()?.header ?? this.template()?.header ?? null,
  );
  protected readonly issuerName = computed(
    () => this.plan()?.issuer.name ?? this.template()?.issuer.name ?? null,
  );
  protected readonly year = computed(() => {
    this.changes();
    return Number(this.form()?.controls.content.controls.year.value) || new Date().getFullYear();
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => (id ? void this.load(id) : void this.startNew()));
    });
    inject(DestroyRef).onDestroy(() => this.formSubscription?.unsubscribe());
    this.issuerPick.valueChanges
      .pipe(
        filter((unit): unit is OrgUnitDto => !!unit && unit.id !== this.template()?.issuer.id),
        takeUntilDestroyed(),
      )
      .subscribe((unit) => void this.switchIssuer(unit));
  }

  hasUnsavedChanges(): boolean {
    return !this.saved && !!this.form()?.dirty;
  }

  /** The request the form stands for (what "Lưu" sends for a new plan). */
  createRequest(): CreatePlanRequest {
    const form = this.form();
    if (!form) throw new Error('no form');
    const issuerUnitId = this.template()?.issuer.id;
    return {
      ...(issuerUnitId ? { issuerUnitId } : {}),
      content: contentFromForm(form, this.docNo()),
      recipientUnitIds: form.controls.recipientUnits.value.map((u) => u.id),
    };
  }

  protected async load(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    this.conflict.set(null);
    this.form.set(null); // the sections are built again for the version loaded
    try {
      const plan = await firstValueFrom(this.api.get(id));
      this.plan.set(plan);
      this.useForm(planForm(plan.content, plan.recipientUnits));
    } catch (error) {
      this.loadError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  /**
   * A new plan starts from the issuer's template; an imported draft keeps what the document says
   * and takes the issuer's defaults only where it said nothing.
   */
  protected async startNew(): Promise<void> {
    if (!this.imported()) this.imported.set(this.drafts.take());
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const template = await firstValueFrom(this.api.template(this.issuer()));
      this.template.set(template);
      this.issuerPick.setValue(this.unitOf(template), { emitEvent: false });
      const imported = this.imported();
      const content = imported ? withIssuerDefaults(imported.draft, template.content) : template.content;
      this.useForm(planForm(content));
      if (imported) this.form()?.markAsDirty();
    } catch (error) {
      this.loadError.set(describeApiError(error, this.language.current()).summary);
    } finally {
      this.loading.set(false);
    }
  }

  /** Another issuer for a new plan: its header lines, symbol, place and signer. */
  private async switchIssuer(unit: OrgUnitDto): Promise<void> {
    const form = this.form();
    if (!form) return;
    this.switchingIssuer.set(true);
    this.summary.set(null);
    try {
      const template = await firstValueFrom(this.api.template(unit.id));
      this.template.set(template);
      applyIssuerDefaults(form, template.content);
    } catch (error) {
      this.summary.set(describeApiError(error, this.language.current()).summary);
      const current = this.template();
      this.issuerPick.setValue(current ? this.unitOf(current) : null, { emitEvent: false });
    } finally {
      this.switchingIssuer.set(false);
    }
  }

  /** The picker shows a unit by name and code; the template gives just those. */
  private unitOf(template: PlanTemplateDto): OrgUnitDto {
    return { ...template.issuer } as OrgUnitDto;
  }

  private useForm(form: PlanForm): void {
    this.formSubscription?.unsubscribe();
    this.formSubscription = form.valueChanges.subscribe(() => this.changes.update((n) => n + 1));
    this.form.set(form);
    this.changes.update((n) => n + 1);
  }

  protected async save(): Promise<void> {
    const form = this.form();
    if (!form || this.saving()) return;
    this.summary.set(null);
    this.conflict.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.summary.set('invalid');
      this.revealFirstError();
      return;
    }
    this.saving.set(true);
    try {
      const plan = this.plan();
      const saved = plan
        ? await firstValueFrom(this.api.update(plan.id, this.updateRequest(plan)))
        : await firstValueFrom(this.api.create(this.createRequest()));
      this.saved = true;
      form.markAsPristine();
      await this.router.navigate(['/plans', saved.id]);
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.error?.error === VERSION_CONFLICT) {
        this.conflict.set(describeApiError(error, this.language.current()).summary);
      } else {
        const view = applyServerErrors(form, error, this.language.current(), toApiField);
        this.summary.set(view.summary);
        this.revealFirstError();
      }
    } finally {
      this.saving.set(false);
    }
  }

  /** After a conflict: the version someone else saved (the user's edits are dropped). */
  protected reload(): void {
    const id = this.plan()?.id;
    if (id) void this.load(id);
    else if (!this.form()) void this.startNew();
  }

  private updateRequest(plan: PlanDto): UpdatePlanRequest {
    const { content, recipientUnitIds } = this.createRequest();
    return { version: plan.version, content, recipientUnitIds };
  }

  /** On narrow screens the preview sits below the form: bring it into view. */
  protected showPreview(): void {
    this.host.nativeElement.querySelector('#plan-preview')?.scrollIntoView?.({ behavior: 'smooth' });
  }

  private revealFirstError(): void {
    setTimeout(() => {
      const field = this.host.nativeElement.querySelector<HTMLElement>('.mat-form-field-invalid');
      field?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      field?.querySelector<HTMLElement>('input, textarea, mat-select')?.focus();
    });
  }
}
