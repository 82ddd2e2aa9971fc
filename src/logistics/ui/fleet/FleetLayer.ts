/**
 * One fleet (trails and vehicles) as a deck.gl layer animated entirely on the GPU: the segments
 * are uploaded once per change of data, and each frame only the `fleet.currentTime` uniform
 * changes — read from `clock` when the layer is drawn, so the animation needs neither new layer
 * props nor a React render. Both parts are plain (non-instanced) draws: trails as indexed triangles, heads
 * as point sprites (see docs/logistics-fleet.md for why).
 */
import { Layer, picking, project32, type DefaultProps, type LayerContext, type LayerProps, type UpdateParameters } from '@deck.gl/core';
import { Model } from '@luma.gl/engine';
import { Buffer as LumaBuffer, type Buffer } from '@luma.gl/core';
import { trailVertices, type FleetSegments } from './fleetSegments.ts';
import { fleetUniforms, HEADS_FS, HEADS_VS, TRAILS_FS, TRAILS_VS, type FleetUniformProps } from './fleetShaders.ts';

/** Props of {@link FleetLayer}; `data` are the trips the segments were packed from (the object picked). */
export interface FleetLayerProps<D = unknown> extends LayerProps {
  data: readonly D[];
  /** The trips' segments (packSegments); a new object re-uploads them. */
  segments: FleetSegments;
  /** The current time on the trips' clock, seconds; called each time the layer is drawn. */
  clock: () => number;
  /** Length of the trails, seconds of driving. Default 120. */
  trailLengthS: number;
  /** Trail width, CSS pixels. Default 2. */
  trailWidthPx: number;
  /** Head (vehicle marker) diameter, CSS pixels. Default 9. */
  headSizePx: number;
  /** Head drawing. Default `dot`. */
  headStyle: 'dot' | 'truck';
  /** Fleet colour, RGB 0–255. */
  color: [number, number, number];
  /** Trail opacity at the vehicle (fading to 0 at the trail's end), 0–1. Default 0.75. */
  trailOpacity: number;
}

const defaultProps: DefaultProps<FleetLayerProps> = {
  clock: { type: 'function', value: () => 0, compare: false },
  trailLengthS: { type: 'number', value: 120, min: 0 },
  trailWidthPx: { type: 'number', value: 2, min: 0 },
  headSizePx: { type: 'number', value: 9, min: 0 },
  headStyle: 'dot',
  color: { type: 'color', value: [255, 202, 40] },
  trailOpacity: { type: 'number', value: 0.75, min: 0, max: 1 },
};

interface FleetLayerState {
  trails?: Model;
  heads?: Model;
  buffers: Buffer[];
  [key: string]: unknown;
}

/** Trails and vehicles of one fleet, moved by the GPU from `segments` and the time `clock` returns. */
export class FleetLayer<D = unknown> extends Layer<FleetLayerProps<D>> {
  static override layerName = 'FleetLayer';
  static override defaultProps = defaultProps;
  declare state: FleetLayerState;

  override initializeState(): void {
    this.setState({ buffers: [] });
  }

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    if (params.props.segments !== params.oldProps.segments || !this.state.heads) this.buildModels();
  }

  override finalizeState(context: LayerContext): void {
    super.finalizeState(context);
    this.releaseModels();
  }

  override getModels(): Model[] {
    return [this.state.trails, this.state.heads].filter((m): m is Model => m !== undefined);
  }

  override draw({ shaderModuleProps }: { shaderModuleProps?: { picking?: { isActive?: boolean } } | null }): void {
    const { color, trailOpacity, trailLengthS, trailWidthPx, headSizePx, headStyle } = this.props;
    const rgb = color.slice(0, 3).map((c) => c / 255) as [number, number, number];
    const uniforms: FleetUniformProps = {
      trailColor: [...rgb, trailOpacity],
      headColor: [...rgb, 1],
      currentTime: this.props.clock(),
      trailLength: trailLengthS,
      trailWidthPx,
      headSizePx,
      headStyle: headStyle === 'truck' ? 1 : 0,
    };
    const { trails, heads } = this.state;
    for (const model of this.getModels()) model.shaderInputs.setProps({ fleet: { ...uniforms } });
    // Trails are not pickable: the picking pass draws the heads only.
    if (trails && !shaderModuleProps?.picking?.isActive) trails.draw(this.context.renderPass);
    heads?.draw(this.context.renderPass);
  }

  private buildModels(): void {
    this.releaseModels();
    const { segments } = this.props;
    if (segments.count === 0) return;
    const device = this.context.device;
    const buffer = (data: Float32Array | Uint32Array, usage = LumaBuffer.VERTEX) => {
      const b = device.createBuffer({ data, usage });
      this.state.buffers.push(b);
      return b;
    };
    const modules = [project32, picking, fleetUniforms];
    const trail = trailVertices(segments);
    if (trail.vertexCount > 0) {
      this.state.trails = new Model(device, {
        ...this.getShaders({ vs: TRAILS_VS, fs: TRAILS_FS, modules }),
        id: `${this.props.id}-trails`,
        topology: 'triangle-list',
        isInstanced: false,
        vertexCount: trail.indices.length,
        indexBuffer: buffer(trail.indices, LumaBuffer.INDEX),
        bufferLayout: [{ name: 'ends', format: 'float32x4' }, { name: 'times', format: 'float32x2' }],
        attributes: { ends: buffer(trail.ends), times: buffer(trail.times) },
      });
    }
    this.state.heads = new Model(device, {
      ...this.getShaders({ vs: HEADS_VS, fs: HEADS_FS, modules }),
      id: `${this.props.id}-heads`,
      topology: 'point-list',
      isInstanced: false,
      vertexCount: segments.count,
      bufferLayout: [{ name: 'ends', format: 'float32x4' }, { name: 'times', format: 'float32x2' }, { name: 'tripIndex', format: 'float32' }],
      attributes: { ends: buffer(segments.ends), times: buffer(segments.times), tripIndex: buffer(segments.tripIndex) },
    });
  }

  private releaseModels(): void {
    this.state.trails?.destroy();
    this.state.heads?.destroy();
    for (const b of this.state.buffers) b.destroy();
    this.state.trails = undefined;
    this.state.heads = undefined;
    this.state.buffers = [];
  }
}
