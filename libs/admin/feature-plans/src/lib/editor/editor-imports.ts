import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { FieldErrorPipe, RowTools, TdIcon } from '@thidua/admin/ui';

/** What the editor's sections use. */
export const EDITOR_IMPORTS = [
  ReactiveFormsModule,
  CdkTextareaAutosize,
  MatButton,
  MatIconButton,
  MatFormField,
  MatLabel,
  MatError,
  MatHint,
  MatInput,
  MatSelect,
  MatOption,
  TranslocoDirective,
  FieldErrorPipe,
  TdIcon,
  RowTools,
] as const;
