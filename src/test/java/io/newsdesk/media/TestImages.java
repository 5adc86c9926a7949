package io.newsdesk.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Small test images made in code: real JPEGs, PNGs and GIFs from ImageIO, and the hostile
 * files the library must refuse, crafted byte by byte (a PNG header claiming 100,000 ×
 * 100,000 pixels costs a few dozen bytes, not 40 GB).
 */
public final class TestImages {

	/** A 1 × 1 lossy WebP (the probe image browsers' feature tests use). */
	private static final String WEBP_1X1 = "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA";

	private TestImages() {
	}

	/** A photo-like gradient, so JPEG has something to compress. */
	public static byte[] jpeg(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "png");
	}

	/** A PNG with a transparent half: must stay PNG. */
	public static byte[] pngWithAlpha(int width, int height) {
		BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width / 2; x++) {
				image.setRGB(x, y, 0x00000000);
			}
		}
		return write(image, "png");
	}

	public static byte[] gif(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	public static byte[] webp() {
		return Base64.getDecoder().decode(WEBP_1X1);
	}

	/**
	 * A JPEG carrying an EXIF block with GPS coordinates (51°30'N), inserted after the
	 * JFIF header where cameras put it.
	 */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(80);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		// IFD0: one entry, the pointer to the GPS IFD at offset 26.
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS IFD: GPSLatitudeRef "N", GPSLatitude 51/1 30/1 0/1 (data at offset 56).
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
		return withExif(jpeg, tiff.array());
	}

	/**
	 * A JPEG whose EXIF says how to turn it upright (6 = rotate 90° clockwise, as phones
	 * write for portraits).
	 */
	public static byte[] jpegWithOrientation(int width, int height, int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(26);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 1)
			.putShort((short) 0x0112)
			.putShort((short) 3)
			.putInt(1)
			.putShort((short) orientation)
			.putShort((short) 0)
			.putInt(0);
		return withExif(jpeg(width, height), tiff.array());
	}

	private static byte[] withExif(byte[] jpeg, byte[] tiff) {
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
		int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
		int insertAt = 4 + app0Length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.write(0xff);
		out.write(0xe1);
		int segmentLength = exif.length + 2;
		out.write(segmentLength >> 8);
		out.write(segmentLength & 0xff);
		out.writeBytes(exif);
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	/**
	 * A well-formed PNG header declaring {@code width} × {@code height} pixels, followed
	 * by a tiny (incomplete) image data chunk: a decompression bomb as far as the header
	 * goes.
	 */
	public static byte[] pngHeaderClaiming(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** The first half of a real PNG: the decoder runs out of data. */
	public static byte[] truncatedPng() {
		byte[] png = png(400, 300);
		byte[] half = new byte[png.length / 2];
		System.arraycopy(png, 0, half, 0, half.length);
		return half;
	}

	public static byte[] concat(byte[] a, byte[] b) {
		byte[] result = new byte[a.length + b.length];
		System.arraycopy(a, 0, result, 0, a.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	/** Whether {@code needle} occurs in {@code haystack}. */
	public static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(20, 80, 160), width, height, new Color(230, 160, 40)));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
