import { TestBed } from '@angular/core/testing';
import { Validators, FormControl } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { FieldErrorPipe } from './field-error.pipe';

describe('FieldErrorPipe', () => {
  let pipe: FieldErrorPipe;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting({
          vi: {
            forms: {
              required: 'Vui lòng nhập thông tin này.',
              maxLength: 'Tối đa {{max}} ký tự.',
              pattern: 'Sai.',
            },
            tenants: { errors: { codePattern: 'Mã chưa đúng.' } },
          },
          en: { forms: { required: 'Please fill this in.' } },
        }),
      ],
    });
    pipe = TestBed.runInInjectionContext(() => new FieldErrorPipe());
  });

  it('puts the words of the API first', () => {
    expect(pipe.transform({ required: true, server: 'Mã đã được dùng.' })).toBe('Mã đã được dùng.');
  });

  it('explains our own checks in the active language', () => {
    const control = new FormControl('x'.repeat(30), [Validators.maxLength(20)]);
    expect(pipe.transform(control.errors)).toBe('Tối đa 20 ký tự.');
    expect(pipe.transform({ pattern: true }, 'tenants.errors.codePattern')).toBe('Mã chưa đúng.');
    expect(pipe.transform(null)).toBe('');
    TestBed.inject(TranslocoService).setActiveLang('en');
    expect(pipe.transform({ required: true })).toBe('Please fill this in.');
  });
});
