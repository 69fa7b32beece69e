// `jangkau/module-layers`: the API's rooms depend on each other in one direction only. A file-level rule
// (import-x/no-cycle) cannot see it: user.service.ts may import auth/end-sessions.ts while auth.service.ts imports
// user/user.entity.ts, no file cycle, yet the user and auth modules lean on each other. Each folder
// apps/api/src/modules/<name> is one room and apps/api/src/common another; `layers` lists them lowest first. A file
// may import from its own room and from rooms of lower layers only: an import upwards or sideways (another room of
// the same layer) is reported, so no cycle of rooms can form. A room the layers do not name is reported too (a new
// module takes its place in the list). `allow` holds edges ("modules/a>modules/b") still going the wrong way, each to
// be named with its reason where the rule is configured. Spec files are not checked: tests may reach anywhere.
import { dirname, relative, resolve, sep } from 'node:path';

/** `modules/user` for …/modules/user/user.service.ts, `common` for …/common/access/caller.ts; null elsewhere. */
function roomOf(root, file) {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'modules' && parts.length > 2) return `modules/${parts[1]}`;
  if (parts[0] === 'common' && parts.length > 1) return 'common';
  return null;
}

export const moduleLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'API rooms (modules/*, common) import only from lower layers: one direction, no cycles.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
          allow: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upwards:
        '{{from}} (layer {{fromLayer}}) must not import {{to}} (layer {{toLayer}}): rooms depend downwards only. Move the shared piece down (common/ or @jangkau/shared-domain), or let {{to}} call {{from}} instead.',
      sideways: '{{from}} and {{to}} share layer {{fromLayer}}: they must not import each other. Move the shared piece down, or put one above the other.',
      unplaced: '{{room}} is in no layer of jangkau/module-layers (eslint.config.mjs): give it its place.',
    },
  },
  create(context) {
    const { root: rootOption, layers, allow = [] } = context.options[0];
    const root = resolve(context.cwd, rootOption);
    const file = context.filename;
    const from = roomOf(root, file);
    if (!from || /\.spec\.ts$/.test(file)) return {};
    const layerOf = new Map(layers.flatMap((rooms, i) => rooms.map((room) => [room, i])));
    const allowed = new Set(allow);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = roomOf(root, resolve(dirname(file), spec));
      if (!to || to === from || allowed.has(`${from}>${to}`)) return;
      for (const room of [from, to]) if (!layerOf.has(room)) return context.report({ node, messageId: 'unplaced', data: { room } });
      const [fromLayer, toLayer] = [layerOf.get(from), layerOf.get(to)];
      if (toLayer < fromLayer) return;
      context.report({ node, messageId: toLayer === fromLayer ? 'sideways' : 'upwards', data: { from, to, fromLayer, toLayer } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) =>
        node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal' && check(node.arguments[0], node.arguments[0].value),
    };
  },
};

export default { rules: { 'module-layers': moduleLayers } };
