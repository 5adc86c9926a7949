package io.newsdesk.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The EXIF orientation of a JPEG (phones store portraits as landscape pixels plus "rotate
 * 90°"). Since re-encoding drops EXIF, the rotation is applied to the pixels instead, or
 * every phone portrait would be served lying on its side. Only the JPEG segment structure
 * and the one tag are read, with bounds checks throughout: a malformed block means "no
 * rotation", never an error.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The orientation value 1–8 of a JPEG's EXIF block, or 1 when there is none. */
	static int of(byte[] jpeg) {
		try {
			int pos = 2;
			while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xff) == 0xff) {
				int marker = jpeg[pos + 1] & 0xff;
				if (marker == 0xda || marker == 0xd9) {
					break;
				}
				int length = u16(jpeg, pos + 2, true);
				if (length < 2) {
					break;
				}
				int data = pos + 4;
				if (marker == 0xe1 && length >= 8 && data + 6 <= jpeg.length && jpeg[data] == 'E'
						&& jpeg[data + 1] == 'x' && jpeg[data + 2] == 'i' && jpeg[data + 3] == 'f') {
					return fromTiff(jpeg, data + 6, Math.min(jpeg.length, pos + 2 + length));
				}
				pos += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			// Malformed: treat as upright.
		}
		return 1;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean bigEndian = b[tiff] == 'M' && b[tiff + 1] == 'M';
		if (!bigEndian && !(b[tiff] == 'I' && b[tiff + 1] == 'I')) {
			return 1;
		}
		long ifd = tiff + u32(b, tiff + 4, bigEndian);
		if (ifd + 2 > end) {
			return 1;
		}
		int count = u16(b, (int) ifd, bigEndian);
		for (int i = 0; i < count; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, bigEndian) == 0x0112 && u16(b, entry + 2, bigEndian) == 3) {
				int value = u16(b, entry + 8, bigEndian);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	/** The image turned upright for the given orientation. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
			default -> {
			}
		}
		BufferedImage result = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
		Graphics2D g = result.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return result;
	}

	private static int u16(byte[] b, int at, boolean bigEndian) {
		return bigEndian ? ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff) : ((b[at + 1] & 0xff) << 8) | (b[at] & 0xff);
	}

	private static long u32(byte[] b, int at, boolean bigEndian) {
		return bigEndian ? ((long) u16(b, at, true) << 16) | u16(b, at + 2, true)
				: ((long) u16(b, at + 2, false) << 16) | u16(b, at, false);
	}

}
