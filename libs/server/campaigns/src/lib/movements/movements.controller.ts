import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can } from '@thidua/server/core';
import { MovementDto, Page } from '@thidua/shared/contracts';
import { CreateMovementDto, MovementQueryDto, UpdateMovementDto } from './movement.dto';
import { MovementsService } from './movements.service';

@ApiTags('movements')
@ApiBearerAuth()
@Controller('movements')
export class MovementsController {
  constructor(private readonly movements: MovementsService) {}

  @Get()
  @Can('read', 'Movement')
  @ApiOperation({ summary: 'Danh mục phong trào thi đua (quốc gia, của LĐLĐ, của plugin)' })
  list(@Query() query: MovementQueryDto): Promise<Page<MovementDto>> {
    return this.movements.list(query);
  }

  @Post()
  @Can('create', 'Movement')
  @ApiOperation({ summary: 'Thêm phong trào của LĐLĐ' })
  create(@Body() input: CreateMovementDto): Promise<MovementDto> {
    return this.movements.create(input);
  }

  @Patch(':id')
  @Can('update', 'Movement')
  @ApiOperation({ summary: 'Sửa phong trào của LĐLĐ (danh mục quốc gia chỉ đọc)' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateMovementDto): Promise<MovementDto> {
    return this.movements.update(id, input);
  }
}
