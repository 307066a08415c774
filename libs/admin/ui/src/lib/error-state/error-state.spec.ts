import { TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting({
          vi: { common: { retry: 'Thử lại', errorTitle: 'Không tải được dữ liệu' } },
        }),
      ],
    }),
  );

  it('announces the message and emits retry when asked', () => {
    const fixture = TestBed.createComponent(ErrorState);
    fixture.componentRef.setInput('message', 'Không kết nối được tới máy chủ.');
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    fixture.detectChanges();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.getAttribute('role')).toBe('alert');
    expect(host.querySelector('h2')?.textContent).toBe('Không tải được dữ liệu');
    expect(host.textContent).toContain('Không kết nối được tới máy chủ.');
    const button = host.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Thử lại');
    button.click();
    expect(retried).toBe(1);
  });

  it('hides the retry button when retrying makes no sense', () => {
    const fixture = TestBed.createComponent(ErrorState);
    fixture.componentRef.setInput('message', 'x');
    fixture.componentRef.setInput('retryable', false);
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('button')).toBeNull();
  });
});
