import { TestBed } from '@angular/core/testing';
import { provideTranslocoTesting } from '@thidua/admin/core/testing';
import { StatusChip } from './status-chip';

describe('StatusChip', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideTranslocoTesting({
          vi: { status: { up: 'Hoạt động', down: 'Ngừng hoạt động', unknown: 'Đang kiểm tra' } },
        }),
      ],
    }),
  );

  function render(state: 'up' | 'down' | null, label?: string): HTMLElement {
    const fixture = TestBed.createComponent(StatusChip);
    fixture.componentRef.setInput('state', state);
    if (label) fixture.componentRef.setInput('label', label);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('says the state in words and marks it for styling', () => {
    const down = render('down');
    expect(down.textContent?.trim()).toBe('Ngừng hoạt động');
    expect(down.classList).toContain('state-down');
    expect(render('up').textContent?.trim()).toBe('Hoạt động');
  });

  it('shows an unknown state while nothing is known, and accepts custom words', () => {
    expect(render(null).classList).toContain('state-unknown');
    expect(render('up', 'Sẵn sàng').textContent?.trim()).toBe('Sẵn sàng');
  });
});
