import { ApiPropertyOptional } from '@nestjs/swagger';
import { SUBJECTS, type Subject } from '@thidua/shared/permissions';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../http/page-query';

/** GET /api/audit: newest first, optionally for one subject, one record or one actor. */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SUBJECTS, example: 'User' })
  @IsOptional()
  @IsIn(SUBJECTS)
  subject?: Subject;

  @ApiPropertyOptional({ description: 'Mã bản ghi bị thay đổi' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'Người thực hiện' })
  @IsOptional()
  @IsUUID()
  actorId?: string;
}
