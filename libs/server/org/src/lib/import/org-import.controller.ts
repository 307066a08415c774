import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal } from '@thidua/server/core';
import type { Principal } from '@thidua/server/core';
import { OrgImportAccepted, OrgImportStatus, pickLocale } from '@thidua/shared/contracts';
import { OrgImportService } from './org-import.service';

/** Largest upload accepted; what it unpacks to is limited separately. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

@ApiTags('org')
@ApiBearerAuth()
@Controller('org/imports')
export class OrgImportController {
  constructor(private readonly imports: OrgImportService) {}

  @Post()
  @HttpCode(202)
  @Can('import', 'OrgUnit')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Nhập đơn vị từ tệp .xlsx hoặc .csv (cột: code, name, type, parent_code, address, member_count)',
  })
  upload(
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrgImportAccepted> {
    return this.imports.accept(file, principal.userId);
  }

  @Get(':importId')
  @Can('import', 'OrgUnit')
  @ApiOperation({ summary: 'Tiến độ và lỗi từng dòng của một lượt nhập' })
  status(
    @Param('importId', ParseUUIDPipe) importId: string,
    @Headers('accept-language') language?: string,
  ): Promise<OrgImportStatus> {
    return this.imports.status(importId, pickLocale(language));
  }
}
