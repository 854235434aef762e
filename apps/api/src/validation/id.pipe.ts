import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from '@app/errors';

/** For `id: ID!` arguments: a malformed id is BAD_USER_INPUT on that argument (an unknown one is NOT_FOUND later). */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) throw badInput(metadata.data ?? 'id', 'is not a valid id');
    return value.toLowerCase();
  }
}
