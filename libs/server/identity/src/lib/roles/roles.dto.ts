import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIONS, CONDITIONS, RuleInput, SUBJECTS } from '@thidua/shared/permissions';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';

export class RuleTemplateDto implements RuleInput {
  @ApiProperty({
    oneOf: [{ enum: [...ACTIONS] }, { type: 'array', items: { enum: [...ACTIONS] } }],
    example: 'read',
  })
  @IsIn(ACTIONS, { each: true })
  action!: string | string[];

  @ApiProperty({
    oneOf: [{ enum: [...SUBJECTS] }, { type: 'array', items: { enum: [...SUBJECTS] } }],
    example: 'OrgUnit',
  })
  @IsIn(SUBJECTS, { each: true })
  subject!: string | string[];

  @ApiPropertyOptional({ enum: CONDITIONS })
  @IsOptional()
  @IsIn(CONDITIONS)
  condition?: string;

  @ApiPropertyOptional({ description: 'true: quy tắc cấm' })
  @IsOptional()
  @IsBoolean()
  inverted?: boolean;
}

/** PUT /api/roles/:key: the tenant's narrowed rules for a default role. */
export class UpdateRoleDto {
  @ApiProperty({ type: [RuleTemplateDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RuleTemplateDto)
  rules!: RuleTemplateDto[];
}
