import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { Alert, FieldErrorPipe, TdIcon } from '@thidua/admin/ui';
import { EffectiveFields } from './effective-fields';

/** What every org dialog template uses. */
export const DIALOG_IMPORTS = [
  ReactiveFormsModule,
  MatButton,
  MatIconButton,
  MatDialogTitle,
  MatDialogContent,
  MatDialogActions,
  MatDialogClose,
  MatFormField,
  MatLabel,
  MatError,
  MatHint,
  MatInput,
  MatSelect,
  MatOption,
  TranslocoDirective,
  Alert,
  FieldErrorPipe,
  TdIcon,
  EffectiveFields,
] as const;
