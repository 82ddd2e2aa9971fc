import type { Cesium3DTileset, CesiumWidget, DataSource } from 'cesium';
import type { ServedTour } from '../heritage/player/servedTour.ts';
import { flyToStop } from '../heritage/player/stopFlight.ts';
import type { PlayableStop } from '../heritage/player/tourTypes.ts';
import { whenSceneSettled } from '../heritage/player/whenSceneSettled.ts';
import type { CesiumGlobal } from './cesiumGlobal.ts';
import { canRead } from './installBundleFiles.ts';

type Shown = Cesium3DTileset | DataSource;

/**
 * The offline player's globe: a `CesiumWidget` (no Viewer chrome) with the bundled NaturalEarthII
 * imagery, the ellipsoid, the monuments as points and each stop's layers (3D Tiles, GeoJSON)
 * loaded from the bundle on first use and shown per stop.
 */
export class PlayerScene {
  readonly widget: CesiumWidget;
  private readonly layers = new Map<string, Promise<Shown | undefined>>();
  /** Layer ids the bundle could not load (absent from it, or broken), shown to the visitor. */
  readonly unavailable = new Set<string>();

  constructor(private readonly Cesium: CesiumGlobal, container: HTMLElement, private readonly tour: ServedTour) {
    const imagery = Cesium.ImageryLayer.fromProviderAsync(
      Cesium.TileMapServiceImageryProvider.fromUrl(Cesium.buildModuleUrl('Assets/Textures/NaturalEarthII')),
    );
    this.widget = new Cesium.CesiumWidget(container, {
      baseLayer: imagery,
      terrainProvider: new Cesium.EllipsoidTerrainProvider(),
      skyBox: false,
      skyAtmosphere: false,
      msaaSamples: 1,
      scene3DOnly: true,
      requestRenderMode: true,
      maximumRenderTimeChange: Number.POSITIVE_INFINITY,
    });
    const scene = this.widget.scene;
    scene.fog.enabled = false;
    if (scene.sun) scene.sun.show = false;
    if (scene.moon) scene.moon.show = false;
    scene.globe.showGroundAtmosphere = false;
    scene.globe.baseColor = Cesium.Color.fromCssColorString('#31463a');
    this.addMonuments();
  }

  private addMonuments(): void {
    const { Cesium } = this;
    for (const [id, m] of Object.entries(this.tour.monuments ?? {})) {
      this.widget.entities.add({
        id: `monument-${id}`,
        position: Cesium.Cartesian3.fromDegrees(m.lonDeg, m.latDeg, 0),
        point: { pixelSize: 10, color: Cesium.Color.fromCssColorString('#e0b354'), outlineColor: Cesium.Color.BLACK, outlineWidth: 1 },
      });
    }
  }

  private load(id: string): Promise<Shown | undefined> {
    const existing = this.layers.get(id);
    if (existing) return existing;
    const { Cesium } = this;
    const def = this.tour.layers?.[id];
    const url = def?.url.replace(/^\.\//, '');
    let loading: Promise<Shown | undefined>;
    if (!def || !url || !canRead(url)) {
      this.unavailable.add(id);
      loading = Promise.resolve(undefined);
    } else if (def.type === '3dtiles') {
      loading = Cesium.Cesium3DTileset.fromUrl(url).then((tileset) => {
        this.widget.scene.primitives.add(tileset);
        return tileset;
      });
    } else {
      loading = Cesium.GeoJsonDataSource.load(url, { clampToGround: false, markerSize: 24 }).then(async (source) => {
        await this.widget.dataSources.add(source);
        return source;
      });
    }
    loading = loading.catch((error: unknown) => {
      console.warn(`layer ${id} could not be loaded from the bundle`, error);
      this.unavailable.add(id);
      return undefined;
    });
    this.layers.set(id, loading);
    return loading;
  }

  /** Shows the stop's layers (loading them on first use) and hides the others the tour uses. */
  async showLayers(ids: readonly string[] | undefined): Promise<void> {
    if (!ids) return;
    const wanted = new Set(ids);
    await Promise.all(ids.map((id) => this.load(id)));
    for (const [id, loading] of this.layers) {
      const shown = await loading;
      if (shown) shown.show = wanted.has(id);
    }
    this.widget.scene.requestRender();
  }

  /** Whether every shown 3D Tiles layer has loaded the tiles of the current view. */
  private tilesLoaded = (): boolean => {
    const primitives = this.widget.scene.primitives;
    for (let i = 0; i < primitives.length; i++) {
      const p = primitives.get(i) as Partial<Cesium3DTileset>;
      if (p.show && p.tilesLoaded === false) return false;
    }
    return this.widget.dataSourceDisplay.ready;
  };

  /** Goes to `stop` (flying for `durationS`, 0 = at once), shows its layers; resolves when drawn. */
  async goTo(stop: PlayableStop, durationS: number, signal?: AbortSignal): Promise<void> {
    const { Cesium } = this;
    const layers = this.showLayers(stop.layers);
    if (stop.camera) await flyToStop(this.widget.camera, { Cartesian3: Cesium.Cartesian3, Math: Cesium.Math }, stop.camera, durationS);
    await layers;
    await whenSceneSettled(this.widget.scene, this.tilesLoaded, signal);
  }

  /** The camera now, as `lon,lat,height,heading,pitch` (degrees, metres). */
  cameraText(): string {
    const { Cesium } = this;
    const c = this.widget.camera;
    const p = c.positionCartographic;
    return [Cesium.Math.toDegrees(p.longitude).toFixed(6), Cesium.Math.toDegrees(p.latitude).toFixed(6), p.height.toFixed(1),
      Cesium.Math.toDegrees(c.heading).toFixed(1), Cesium.Math.toDegrees(c.pitch).toFixed(1)].join(',');
  }
}
