import type { ErrorObject } from 'ajv';
import type { Json } from './openapi.js';

/**
 * Ajv's findings in the words the mock uses (`errors[].detail`, Vietnamese): the first error that says most about
 * what the value should be.
 */
export function describeError(errors: readonly ErrorObject[], schema?: Json): string {
  const error = errors.find((candidate) => candidate.keyword !== 'oneOf' && candidate.keyword !== 'anyOf') ?? errors[0];
  if (!error) return 'không hợp lệ';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'bắt buộc';
    case 'additionalProperties':
      return 'thuộc tính không được hỗ trợ';
    case 'enum':
      return `phải là một trong: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'maxLength':
      return `dài tối đa ${params.limit} ký tự`;
    case 'minLength':
      return `dài tối thiểu ${params.limit} ký tự`;
    case 'maxItems':
      return `tối đa ${params.limit} phần tử`;
    case 'pattern':
      return 'không đúng định dạng';
    case 'format':
      return params.format === 'date' ? 'phải là ngày dạng YYYY-MM-DD' : `phải đúng định dạng ${params.format}`;
    case 'minimum':
    case 'maximum':
    case 'type':
      return describeType(error, schema);
    default:
      return error.message ?? 'không hợp lệ';
  }
}

function describeType(error: ErrorObject, schema?: Json): string {
  const type = schema?.type ?? (error.params as { type?: string }).type;
  if (type === 'integer' || type === 'number') {
    const word = type === 'integer' ? 'số nguyên' : 'số';
    return schema?.minimum !== undefined && schema?.maximum !== undefined
      ? `phải là ${word} từ ${schema.minimum} đến ${schema.maximum}`
      : `phải là ${word}`;
  }
  if (type === 'boolean') return 'phải là true hoặc false';
  if (type === 'object') return 'phải là một đối tượng';
  if (type === 'array') return 'phải là một danh sách';
  return `phải là ${String(type)}`;
}
