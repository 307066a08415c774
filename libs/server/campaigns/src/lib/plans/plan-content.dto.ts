import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PlanBasis,
  PlanCommemoration,
  PlanContent,
  PlanContentItem,
  PlanDuty,
  PlanMovementRef,
  PlanPhaseContent,
  PlanRecipientLine,
  PlanSignature,
  RECIPIENT_PURPOSES,
  type RecipientPurpose,
  SIGNATURE_MODES,
  type SignatureMode,
} from '@thidua/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const LONG_TEXT = 20_000;
const LINE = 500;

/** Nullable text field: null or a string up to `max` characters. */
function NullableText(max: number): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value !== null)(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };
}

function NullableDate(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_, value) => value !== null)(target, key);
    IsISO8601({ strict: true })(target, key);
  };
}

function ListOf(type: () => new () => object, max: number): PropertyDecorator {
  return (target, key) => {
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(type)(target, key);
  };
}

export class PlanBasisDto implements PlanBasis {
  @ApiProperty({ nullable: true, example: 'Kế hoạch' })
  @NullableText(60)
  docType!: string | null;

  @ApiProperty({ nullable: true, example: '09/KH-TLĐ' })
  @NullableText(60)
  number!: string | null;

  @ApiProperty({ nullable: true, example: '2023-12-27' })
  @NullableDate()
  date!: string | null;

  @ApiProperty({ nullable: true, example: 'Tổng Liên đoàn Lao động Việt Nam' })
  @NullableText(255)
  issuer!: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  summary!: string;
}

export class PlanContentItemDto implements PlanContentItem {
  @ApiProperty({ nullable: true, example: '2.1' })
  @NullableText(20)
  number!: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(LONG_TEXT)
  text!: string;
}

export class PlanMovementRefDto implements PlanMovementRef {
  @ApiProperty()
  @IsString()
  @MaxLength(400)
  name!: string;

  @ApiProperty({ nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  movementId!: string | null;
}

export class PlanCommemorationDto implements PlanCommemoration {
  @ApiProperty({ nullable: true, example: 'vn-trade-union' })
  @NullableText(60)
  dayKey!: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(LINE)
  text!: string;
}

export class PlanPhaseContentDto implements PlanPhaseContent {
  @ApiProperty({ example: 'Đợt 1' })
  @IsString()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: '2024-07-31' })
  @IsISO8601({ strict: true })
  to!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(LONG_TEXT)
  focus!: string;

  @ApiProperty({ type: [PlanCommemorationDto] })
  @ListOf(() => PlanCommemorationDto, 30)
  commemorations!: PlanCommemorationDto[];

  @ApiPropertyOptional({ nullable: true, example: '2024-08-10', description: 'Hạn gửi báo cáo sơ kết đợt' })
  @IsOptional()
  @NullableDate()
  reportDue?: string | null;
}

export class PlanDutyDto implements PlanDuty {
  @ApiProperty({ nullable: true, example: 'Công đoàn cơ sở' })
  @NullableText(LINE)
  level!: string | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  unitTypeCodes!: string[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(LONG_TEXT, { each: true })
  items!: string[];
}

export class PlanRecipientLineDto implements PlanRecipientLine {
  @ApiProperty({ example: 'Tổng Liên đoàn' })
  @IsString()
  @MaxLength(LINE)
  name!: string;

  @ApiProperty({ nullable: true, enum: RECIPIENT_PURPOSES })
  @ValidateIf((_, value) => value !== null)
  @IsIn(RECIPIENT_PURPOSES)
  purpose!: RecipientPurpose | null;
}

export class PlanSignatureDto implements PlanSignature {
  @ApiProperty({ nullable: true, enum: SIGNATURE_MODES })
  @ValidateIf((_, value) => value !== null)
  @IsIn(SIGNATURE_MODES)
  mode!: SignatureMode | null;

  @ApiProperty({ nullable: true, example: 'BAN THƯỜNG VỤ' })
  @NullableText(255)
  body!: string | null;

  @ApiProperty({ example: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' })
  @IsString()
  @MaxLength(255)
  title!: string;

  @ApiProperty({ example: 'Bùi Đăng Thành' })
  @IsString()
  @MaxLength(255)
  name!: string;
}

/** The whole structured document; see PlanContent in the shared contracts. */
export class PlanContentDto implements PlanContent {
  @ApiProperty({ nullable: true, example: 22 })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(999_999)
  docNo!: number | null;

  @ApiProperty({ example: 'KH-LĐ' })
  @IsString()
  @MaxLength(40)
  docSymbol!: string;

  @ApiProperty({ example: 'Khánh Hòa' })
  @IsString()
  @MaxLength(120)
  place!: string;

  @ApiProperty({ nullable: true, example: '2024-01-26' })
  @NullableDate()
  issuedDate!: string | null;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ nullable: true, example: '2024-02-25', description: 'Hạn đăng ký thi đua' })
  @IsOptional()
  @NullableDate()
  registrationDeadline?: string | null;

  @ApiProperty()
  @IsString()
  @MaxLength(LINE)
  title!: string;

  @ApiProperty({ type: [PlanBasisDto] })
  @ListOf(() => PlanBasisDto, 30)
  bases!: PlanBasisDto[];

  @ApiProperty({ nullable: true })
  @NullableText(LONG_TEXT)
  context!: string | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(LONG_TEXT, { each: true })
  purposes!: string[];

  @ApiProperty({ nullable: true })
  @NullableText(2000)
  theme!: string | null;

  @ApiProperty({ nullable: true })
  @NullableText(2000)
  activityTheme!: string | null;

  @ApiProperty({ nullable: true })
  @NullableText(LONG_TEXT)
  contentIntro!: string | null;

  @ApiProperty({ type: [PlanContentItemDto] })
  @ListOf(() => PlanContentItemDto, 100)
  contentItems!: PlanContentItemDto[];

  @ApiProperty({ type: [PlanMovementRefDto] })
  @ListOf(() => PlanMovementRefDto, 100)
  movements!: PlanMovementRefDto[];

  @ApiProperty({ type: [PlanPhaseContentDto] })
  @ListOf(() => PlanPhaseContentDto, 12)
  phases!: PlanPhaseContentDto[];

  @ApiProperty({ type: [PlanDutyDto] })
  @ListOf(() => PlanDutyDto, 30)
  duties!: PlanDutyDto[];

  @ApiProperty({ nullable: true })
  @NullableText(LINE)
  reportingChannel!: string | null;

  @ApiProperty({ nullable: true })
  @NullableText(LONG_TEXT)
  closing!: string | null;

  @ApiProperty({ type: [PlanRecipientLineDto] })
  @ListOf(() => PlanRecipientLineDto, 60)
  recipients!: PlanRecipientLineDto[];

  @ApiProperty({ nullable: true, example: 'Lưu Văn thư' })
  @NullableText(LINE)
  archive!: string | null;

  @ApiProperty({ type: PlanSignatureDto })
  @ValidateNested()
  @Type(() => PlanSignatureDto)
  signature!: PlanSignatureDto;
}

export class PlanBodyFields {
  @ApiProperty({ type: PlanContentDto })
  @ValidateNested()
  @Type(() => PlanContentDto)
  content!: PlanContentDto;

  @ApiProperty({ type: [String], description: 'Đơn vị nhận kế hoạch (chọn từ cơ cấu tổ chức)' })
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  recipientUnitIds!: string[];
}
