/**
 * Static files: built 3D Tiles under `/tilesets/` and the built web app at `/`, both served
 * pre-compressed (`.gz`/`.br` beside each file) with cache headers that match how they change.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';

/** Registers the tilesets and app folders on `app`. */
export async function serveStatic(app: FastifyInstance, options: { tilesetsDir: string; appDir: string }): Promise<void> {
  await mkdir(options.tilesetsDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: options.tilesetsDir,
    prefix: '/tilesets/',
    decorateReply: false,
    preCompressed: true,
    // The builder's manifest (.manifest.json) is internal.
    dotfiles: 'deny',
    setHeaders: (res, file) => {
      if (file.endsWith('.glb')) res.header('content-type', 'model/gltf-binary');
      // Tile content names carry a content hash; tileset.json changes on every rebuild.
      if (/[\\/]tiles[\\/]/.test(file)) res.header('cache-control', 'public, max-age=31536000, immutable');
      else res.header('cache-control', 'no-cache');
    },
  });
  if (existsSync(options.appDir)) {
    await app.register(fastifyStatic, {
      root: options.appDir,
      prefix: '/',
      wildcard: true,
      preCompressed: true,
      setHeaders: (res, file) => {
        if (/[\\/]assets[\\/]/.test(file)) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send(`The web app is not built (${options.appDir} is missing): run "npm run build", or start with "npm start".`),
    );
  }
}
