import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import {
  appTranslations,
  provideNoMaterialAnimations,
  provideTranslocoTesting,
} from '@thidua/admin/core/testing';
import { AuditEntryDto } from '@thidua/shared/contracts';
import { AuditPage } from './audit.page';

const ENTRY: AuditEntryDto = {
  id: 'a1',
  at: '2026-11-20T08:30:00Z',
  actorId: 'u1',
  actorName: 'Nguyễn Thị Thu Hằng',
  impersonatorName: 'Trần Minh Quân',
  action: 'org.unit.renamed',
  subject: 'OrgUnit',
  subjectId: 'nt',
  before: { name: 'Công đoàn phường Vĩnh Hải' },
  after: { name: 'Công đoàn phường Nha Trang' },
};

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let host: HTMLElement;
  let backend: HttpTestingController;
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(appTranslations()),
        provideNoMaterialAnimations(),
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: { queryParamMap: convertToParamMap({ subject: 'OrgUnit', subjectId: 'nt' }) },
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditPage);
    host = fixture.nativeElement as HTMLElement;
    await settle(250);
  });

  afterEach(() => backend.verify());

  it('filters on the server by the subject from the address and opens the record before and after', async () => {
    const req = backend.expectOne((r) => r.url === '/api/audit');
    expect(req.request.params.toString()).toBe('subject=OrgUnit&subjectId=nt&page=1&pageSize=25');
    req.flush({ items: [ENTRY], total: 1, page: 1, pageSize: 25 });
    await settle();

    const row = host.querySelector('tbody tr')!;
    expect(row.textContent).toContain('Nguyễn Thị Thu Hằng');
    expect(row.textContent).toContain('thay mặt bởi Trần Minh Quân');
    expect(row.textContent).toContain('Đơn vị');
    expect(host.querySelector('.changes')).toBeNull();

    const toggle = row.querySelector<HTMLButtonElement>('button')!;
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const [before, after] = Array.from(host.querySelectorAll('.changes pre')).map((p) => p.textContent);
    expect(before).toContain('"name": "Công đoàn phường Vĩnh Hải"');
    expect(after).toContain('"name": "Công đoàn phường Nha Trang"');
  });
});
