import { messages } from '../i18n/messages';
import type { FileKind } from '../yaml/fileKinds';
import { loadPolicy } from './loadPolicy';
import { policySchema } from './policySchema';

/** Policy files start with `document:`; `quansim validate` checks them and `quansim schema` describes them. */
export const policyFileKind: FileKind = {
  key: 'document',
  name: 'policy',
  schema: policySchema,
  check: (text, file) => {
    const doc = loadPolicy(text, file);
    return messages.validatedPolicy(doc.document.id, Object.keys(doc.schemes).length, Object.keys(doc.options).length);
  },
};
