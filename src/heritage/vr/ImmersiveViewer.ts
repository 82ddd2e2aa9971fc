import {
  AmbientLight, BackSide, Box3, CircleGeometry, Color, Group, DirectionalLight, Mesh, MeshBasicMaterial, PerspectiveCamera, Quaternion, Scene,
  SphereGeometry, SRGBColorSpace, TextureLoader, WebGLRenderer, type Object3D,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { dragLook, type LookAngles } from './dragLook.ts';
import { orientationQuaternion } from './orientationQuaternion.ts';

/** What the viewer shows: a 360° equirectangular panorama, or a glTF model of a monument. */
export type ImmersiveContent = { kind: 'panorama'; url: string } | { kind: 'model'; url: string };

/** Vertical field of view of the in-page view, in degrees (default 75; wheel zooms 30–100). */
export const DEFAULT_FOV_DEG = 75;

/**
 * A three.js view of a panorama or a monument model: in the page (drag to look around, wheel to
 * zoom), as a "magic window" that follows the phone's orientation, or in an immersive WebXR
 * session on a headset. Call `dispose()` when done.
 */
export class ImmersiveViewer {
  readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera: PerspectiveCamera;
  private look: LookAngles = { yawDeg: 0, pitchDeg: 0 };
  private orientation: Quaternion | undefined;
  private content: Object3D | undefined;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly container: HTMLElement) {
    this.renderer = new WebGLRenderer({ antialias: false, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.xr.enabled = true;
    this.camera = new PerspectiveCamera(DEFAULT_FOV_DEG, 1, 0.1, 2000);
    this.scene.background = new Color('#10151c');
    this.scene.add(new AmbientLight(0xffffff, 1.2));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(30, 60, 20);
    this.scene.add(sun);
    container.appendChild(this.renderer.domElement);
    this.renderer.domElement.style.touchAction = 'none';
    this.resize();
    const observer = new ResizeObserver(() => this.resize());
    observer.observe(container);
    this.cleanups.push(() => observer.disconnect());
    this.bindDrag();
    this.renderer.setAnimationLoop(() => this.frame());
  }

  /** Loads `content`; resolves once it is in the scene (and drawn on the next frame). */
  async show(content: ImmersiveContent): Promise<void> {
    if (this.content) this.scene.remove(this.content);
    let object: Object3D;
    if (content.kind === 'panorama') {
      const texture = await new TextureLoader().loadAsync(content.url);
      texture.colorSpace = SRGBColorSpace;
      const geometry = new SphereGeometry(500, 60, 40);
      geometry.scale(-1, 1, 1);
      object = new Mesh(geometry, new MeshBasicMaterial({ map: texture, side: BackSide }));
      this.camera.position.set(0, 0, 0);
    } else {
      const gltf = await new GLTFLoader().loadAsync(content.url);
      object = gltf.scene;
      // Stand back far enough to see the whole monument: its base 1.6 m below the eye, centred ahead.
      const box = new Box3().setFromObject(object);
      const size = Math.max(box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z, 1);
      object.position.set(-(box.min.x + box.max.x) / 2, -1.6 - box.min.y, -(box.min.z + box.max.z) / 2 - Math.max(20, size * 1.3));
      this.look = { yawDeg: 0, pitchDeg: Math.min(20, (Math.atan2(size / 3, size * 1.3) * 180) / Math.PI) };
      this.camera.position.set(0, 0, 0);
      // A ground disc under the model (the monument stands on something, not in a void).
      const ground = new Mesh(new CircleGeometry(size * 4, 64), new MeshBasicMaterial({ color: '#4b5a45' }));
      ground.rotation.x = -Math.PI / 2;
      ground.position.set(0, -1.61, object.position.z);
      const group = new Group();
      group.add(ground, object);
      object = group;
    }
    if (this.disposed) return;
    this.content = object;
    this.scene.add(object);
  }

  /** Follows the device's orientation (phones); returns a function that stops following. */
  enableMagicWindow(): () => void {
    const onOrientation = (e: DeviceOrientationEvent) => {
      if (e.alpha === null || e.beta === null || e.gamma === null) return;
      const screenDeg = screen.orientation?.angle ?? 0;
      const [x, y, z, w] = orientationQuaternion(e.alpha, e.beta, e.gamma, screenDeg);
      this.orientation = new Quaternion(x, y, z, w);
    };
    window.addEventListener('deviceorientation', onOrientation);
    const stop = () => {
      window.removeEventListener('deviceorientation', onOrientation);
      this.orientation = undefined;
    };
    this.cleanups.push(stop);
    return stop;
  }

  /** Starts an immersive WebXR session (`immersive-vr`, or `immersive-ar` over the camera feed). */
  async enterImmersive(mode: 'immersive-vr' | 'immersive-ar', overlayRoot?: HTMLElement): Promise<void> {
    const xr = (navigator as unknown as { xr?: { requestSession(mode: string, init?: unknown): Promise<unknown> } }).xr;
    if (!xr) throw new Error('WebXR is not available in this browser');
    const session = await xr.requestSession(mode, mode === 'immersive-ar'
      ? { optionalFeatures: ['dom-overlay', 'local-floor'], ...(overlayRoot ? { domOverlay: { root: overlayRoot } } : {}) }
      : { optionalFeatures: ['local-floor'] });
    if (mode === 'immersive-ar') this.scene.background = null;
    await this.renderer.xr.setSession(session as Parameters<WebGLRenderer['xr']['setSession']>[0]);
  }

  /** The canvas as a data URL (tests and screenshots). */
  snapshot(): string {
    return this.renderer.domElement.toDataURL('image/png');
  }

  private bindDrag(): void {
    const el = this.renderer.domElement;
    let last: { x: number; y: number } | undefined;
    const down = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
      el.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!last) return;
      this.look = dragLook(this.look, e.clientX - last.x, e.clientY - last.y, this.camera.fov, el.clientHeight);
      last = { x: e.clientX, y: e.clientY };
    };
    const up = () => (last = undefined);
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      this.camera.fov = Math.max(30, Math.min(100, this.camera.fov + e.deltaY * 0.05));
      this.camera.updateProjectionMatrix();
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: false });
    this.cleanups.push(() => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
    });
  }

  private resize(): void {
    const w = Math.max(1, this.container.clientWidth);
    const h = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(w, h, false);
    this.renderer.domElement.style.width = '100%';
    this.renderer.domElement.style.height = '100%';
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
  }

  private frame(): void {
    if (this.orientation) {
      this.camera.quaternion.copy(this.orientation);
    } else {
      this.camera.rotation.order = 'YXZ';
      this.camera.rotation.set((this.look.pitchDeg * Math.PI) / 180, (this.look.yawDeg * Math.PI) / 180, 0);
    }
    this.renderer.render(this.scene, this.camera);
  }

  /** Stops rendering, ends any XR session and frees the GPU resources. */
  dispose(): void {
    this.disposed = true;
    this.renderer.setAnimationLoop(null);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    void this.renderer.xr.getSession()?.end().catch(() => undefined);
    this.renderer.dispose();
    this.renderer.domElement.remove();
  }
}
