import { TestBed } from '@angular/core/testing';
import { PlanContent } from '@thidua/shared/contracts';
import { seedContent } from '../../testing/plan-fixtures';
import { PlanDocument } from './plan-document';

describe('PlanDocument', () => {
  async function render(content: PlanContent) {
    const fixture = TestBed.createComponent(PlanDocument);
    fixture.componentRef.setInput('content', content);
    fixture.componentRef.setInput('header', {
      superior: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA',
    });
    fixture.componentRef.setInput('issuerName', 'Liên đoàn Lao động tỉnh Khánh Hòa');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const text = (host: HTMLElement, selector: string) => host.querySelector(selector)?.textContent?.trim();

  it('lays out the header as Nghị định 30 wants: bodies, national title, number, place and date', async () => {
    const host = await render(seedContent());
    const left = Array.from(host.querySelectorAll('.head .left p')).map((p) => p.textContent?.trim());
    expect(left).toEqual(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA']);
    expect(host.querySelector('.head .left .issuer')?.classList).toContain('strong');
    expect(text(host, '.head .right p')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(host, '.motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text(host, '.number')).toBe('Số: 22/KH-LĐ');
    expect(text(host, '.place-date')).toBe('Khánh Hòa, ngày 26 tháng 01 năm 2024');
    expect(text(host, '.type')).toBe('KẾ HOẠCH');
    expect(text(host, '.summary')).toBe(
      'Phát động phong trào thi đua yêu nước trong CNVCLĐ tỉnh Khánh Hòa năm 2024',
    );
  });

  it('writes the body in Roman-numbered sections and ends with the recipients and the signature', async () => {
    const host = await render(seedContent());
    const body = host.querySelector('.body')!.textContent!.replace(/\s+/g, ' ');
    expect(body).toContain(
      'Căn cứ Kế hoạch số 09/KH-TLĐ ngày 27/12/2023 của Tổng Liên đoàn Lao động Việt Nam về tổ chức phong trào thi đua năm 2024.',
    );
    expect(Array.from(host.querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CHỦ ĐỀ VÀ NỘI DUNG THI ĐUA',
      'III. THỜI GIAN VÀ CÁC ĐỢT THI ĐUA',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(body).toContain('1. Đợt 1: Từ ngày 01/01/2024 đến ngày 31/07/2024 Chào mừng các ngày lễ lớn.');
    expect(body).toContain('2.1. Phong trào Lao động giỏi, Lao động sáng tạo.');
    expect(body).toContain('- “Lao động giỏi, Lao động sáng tạo”.');
    expect(body).toContain('- Chỉ đạo, hướng dẫn, kiểm tra.');
    expect(host.querySelector('.body strong')?.textContent).toBe('Chủ đề thi đua:');
    expect(host.querySelector('.item strong')?.textContent).toBe('Lao động giỏi, Lao động sáng tạo');
    expect(Array.from(host.querySelectorAll('.recipients p')).map((p) => p.textContent?.trim())).toEqual([
      'Nơi nhận:',
      '- Tổng Liên đoàn (b/c);',
      '- Lưu: VT.',
    ]);
    expect(Array.from(host.querySelectorAll('.signature p')).map((p) => p.textContent?.trim())).toEqual([
      'TM. BAN THƯỜNG VỤ',
      'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      'Bùi Đăng Thành',
    ]);
  });

  it('ends with one end mark, whether or not the closing paragraph has it', async () => {
    const marks = (host: HTMLElement) =>
      (host.querySelector('.body')!.textContent!.match(/\.\/\./g) ?? []).length;
    expect(marks(await render(seedContent({ closing: 'Đề nghị các đơn vị triển khai thực hiện./.' })))).toBe(
      1,
    );
  });

  it('ends with the end mark when the closing paragraph does not have it', async () => {
    const host = await render(seedContent({ closing: 'Đề nghị các đơn vị triển khai thực hiện.' }));
    expect(host.querySelector('.end')?.textContent).toBe('./.');
  });

  it('leaves the number and the day open before the plan is issued', async () => {
    const host = await render(seedContent({ docNo: null, issuedDate: null, phases: [], duties: [] }));
    expect(text(host, '.number')).toBe('Số: …/KH-LĐ');
    expect(text(host, '.place-date')).toBe('Khánh Hòa, ngày … tháng … năm 2024');
    expect(host.querySelectorAll('h3')).toHaveLength(2);
  });
});
