import { Tags } from 'yaml';

/**
 * The YAML schema the reader parses with: YAML 1.1, as kubectl reads manifests
 * (`yes`/`on` are booleans, `0644` is octal), but without the 1.1 types kubectl does
 * not have: timestamps (`2026-01-01` stays a string) and sexagesimal numbers
 * (`1:20` stays a string). Binary, omap, pairs and set are kept out for the same reason.
 */
export const YAML_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: true,
  customTags: (tags: Tags): Tags => tags.filter(t => {
    const id = typeof t === 'string' ? t : t.tag;
    const format = typeof t === 'string' ? undefined : (t as { format?: string }).format;
    return format !== 'TIME' && !KUBECTL_UNKNOWN_TAGS.has(id);
  }),
};

const KUBECTL_UNKNOWN_TAGS = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set',
]);
