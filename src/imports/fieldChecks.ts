import type { Field, PayloadRequest } from 'payload'

// What a Local API create would check of a new product, without the create: run by the engine
// on each new row in the dry run and before a batch goes to the batched writer (bulk.ts).

type Problem = { path: string; message: string }

const conditionHolds = (
  field: Field,
  data: Record<string, unknown>,
  siblingData: Record<string, unknown>,
  req: PayloadRequest,
) => {
  const condition = (
    field as {
      admin?: { condition?: (data: unknown, siblingData: unknown, args: unknown) => boolean }
    }
  ).admin?.condition
  return condition ? condition(data, siblingData, { user: req.user }) !== false : true
}

/**
 * Payload's own field validators and defaults (the ones a Local API create runs), over the
 * collection's sanitised fields, filling in defaults where a value is missing. Relationships
 * and uploads are checked by the engine against the belt's own documents instead of one query
 * per row.
 */
export const checkFields = async (
  fields: Field[],
  data: Record<string, unknown>,
  siblingData: Record<string, unknown>,
  req: PayloadRequest,
  path: (string | number)[] = [],
  problems: Problem[] = [],
): Promise<Problem[]> => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          siblingData[tab.name] ??= {}
          await checkFields(
            tab.fields,
            data,
            siblingData[tab.name] as Record<string, unknown>,
            req,
            [...path, tab.name],
            problems,
          )
        } else await checkFields(tab.fields, data, siblingData, req, path, problems)
      }
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) await checkFields(field.fields, data, siblingData, req, path, problems)
      continue
    }
    if (
      field.type === 'ui' ||
      field.type === 'join' ||
      !conditionHolds(field, data, siblingData, req)
    )
      continue
    const fieldPath = [...path, field.name]
    if (
      siblingData[field.name] === undefined &&
      'defaultValue' in field &&
      field.defaultValue !== undefined &&
      typeof field.defaultValue !== 'function'
    ) {
      siblingData[field.name] = field.defaultValue
    }
    const value = siblingData[field.name]
    if (field.type === 'group') {
      siblingData[field.name] ??= {}
      await checkFields(
        field.fields,
        data,
        siblingData[field.name] as Record<string, unknown>,
        req,
        fieldPath,
        problems,
      )
      continue
    }
    if (field.type === 'relationship' || field.type === 'upload') continue
    const validate = (
      field as {
        validate?: (
          value: unknown,
          options: Record<string, unknown>,
        ) => Promise<string | true> | string | true
      }
    ).validate
    if (validate) {
      const result = await validate(value, {
        ...field,
        data,
        siblingData,
        req,
        id: undefined,
        operation: 'create',
        path: fieldPath,
        event: 'submit',
        preferences: { fields: {} },
      })
      if (result !== true) problems.push({ path: fieldPath.join('.'), message: String(result) })
    }
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, item] of value.entries())
        await checkFields(
          field.fields,
          data,
          item as Record<string, unknown>,
          req,
          [...fieldPath, index],
          problems,
        )
    }
  }
  return problems
}
