import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { ApiErrorBody } from '@thidua/shared/contracts';
import { applyServerErrors, controlAt, fieldPaths } from './server-errors';

const failure = (body: ApiErrorBody) => new HttpErrorResponse({ status: body.statusCode, error: body });

describe('server errors on forms', () => {
  const form = () =>
    new FormGroup({
      unit: new FormGroup({ code: new FormControl(''), name: new FormControl('') }),
      targets: new FormArray([new FormGroup({ code: new FormControl('') })]),
      reason: new FormControl(''),
    });

  it('names every leaf control by its dotted path', () => {
    const f = form();
    expect(fieldPaths(f)).toEqual(['unit.code', 'unit.name', 'targets.0.code', 'reason']);
    expect(controlAt(f, 'targets.0.code')).toBe(f.controls.targets.at(0).controls.code);
    expect(controlAt(f, 'targets.3.code')).toBeNull();
  });

  it('puts each API field problem on its control and the rest in the summary', () => {
    const f = form();
    const view = applyServerErrors(
      f,
      failure({
        statusCode: 400,
        error: 'validation_failed',
        message: 'Dữ liệu chưa hợp lệ.',
        errors: [
          { field: 'code', code: 'matches', message: 'Mã đơn vị chưa đúng định dạng.' },
          { field: 'targets.0.code', code: 'isNotEmpty', message: 'Vui lòng nhập mã.' },
          { field: 'typeId', code: 'isUuid', message: 'Loại đơn vị không hợp lệ.' },
        ],
      }),
      'vi',
      (path) => path.replace(/^unit\./, ''),
    );
    expect(f.controls.unit.controls.code.getError('server')).toBe('Mã đơn vị chưa đúng định dạng.');
    expect(f.controls.unit.controls.code.touched).toBe(true);
    expect(f.controls.targets.at(0).controls.code.getError('server')).toBe('Vui lòng nhập mã.');
    expect(view.summary).toBe('Dữ liệu chưa hợp lệ. Loại đơn vị không hợp lệ.');
  });
});
