/**
 * A minimal Protocol Buffers writer (varint, zig-zag, length-delimited fields) — enough to encode
 * MapLibre glyph ranges without a protobuf dependency at run time.
 */

/** Appends protobuf fields to a growing byte buffer. */
export class ProtoWriter {
  private bytes: number[] = [];

  /** Unsigned varint field (wire type 0). */
  uint32(field: number, value: number): this {
    this.varint((field << 3) | 0);
    this.varint(value >>> 0);
    return this;
  }

  /** Signed zig-zag varint field (wire type 0, `sint32`). */
  sint32(field: number, value: number): this {
    this.varint((field << 3) | 0);
    this.varint(((value << 1) ^ (value >> 31)) >>> 0);
    return this;
  }

  /** UTF-8 string field (wire type 2). */
  string(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  /** Raw bytes field (wire type 2); also used for nested messages. */
  bytesField(field: number, value: Uint8Array): this {
    this.varint((field << 3) | 2);
    this.varint(value.length);
    for (const b of value) this.bytes.push(b);
    return this;
  }

  /** Nested message field: `build` writes the child. */
  message(field: number, build: (child: ProtoWriter) => void): this {
    const child = new ProtoWriter();
    build(child);
    return this.bytesField(field, child.finish());
  }

  /** The encoded bytes. */
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private varint(value: number): void {
    let v = value >>> 0;
    while (v > 0x7f) {
      this.bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.bytes.push(v);
  }
}
