package io.newsdesk.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into the renditions the site serves, or refuses it with a
 * message the editor can act on. In order, each step before any costly one:
 * <ol>
 * <li>size against {@code newsdesk.media.max-upload-size};</li>
 * <li>the format from the first bytes (never the name or declared type), SVG/HTML
 * recognised and named;</li>
 * <li>markup anywhere in the file (an image header glued to a page: a polyglot);</li>
 * <li>width and height from the header alone, against the decompression-bomb limits, so a
 * 100,000 × 100,000 PNG of a few hundred bytes is refused before a pixel is decoded;</li>
 * <li>decode (the first frame of a GIF), turn upright by the EXIF orientation, then
 * re-encode: metadata (EXIF with GPS, XMP, comments) is not carried over, because the
 * writers are given pixels only;</li>
 * <li>resize to {@link #WIDTHS}, never up: a narrower original is the largest size.</li>
 * </ol>
 * Images with transparency (and GIFs, whose flat colours JPEG would smear) become PNG,
 * everything else JPEG.
 */
@Component
class MediaProcessor {

	/** The widths offered in {@code srcset}; 1600 covers a 2x phone and most desktops. */
	static final int[] WIDTHS = { 320, 640, 1024, 1600 };

	/**
	 * At most two images decoded at once (40 MP is 160 MB of pixels): a burst of uploads
	 * queues instead of exhausting the heap on a small machine.
	 */
	private final Semaphore decoding = new Semaphore(2);

	private final MediaProperties properties;

	MediaProcessor(MediaProperties properties) {
		this.properties = properties;
	}

	ProcessedImage process(byte[] bytes) {
		long limit = this.properties.maxUploadSize().toBytes();
		if (bytes.length == 0) {
			throw new MediaRejectedException("The file is empty. Choose a JPEG, PNG, GIF or WebP image.");
		}
		if (bytes.length > limit) {
			throw new MediaRejectedException(tooLargeMessage(bytes.length, limit));
		}
		ImageFormat format = ImageFormat.sniff(bytes);
		if (format == null) {
			if (ImageFormat.looksLikeMarkup(bytes)) {
				throw new MediaRejectedException("This file is SVG, HTML or XML, not a picture. SVG is not accepted "
						+ "because it can carry scripts: export it as PNG and upload that.");
			}
			throw new MediaRejectedException("This file is not a JPEG, PNG, GIF or WebP image, whatever its name says. "
					+ "Open it in an image editor and export it as JPEG or PNG.");
		}
		if (ImageFormat.containsMarkup(bytes)) {
			throw new MediaRejectedException("This file starts like an image but also contains HTML or script, so it "
					+ "was not accepted. Open it in an image editor and export it again.");
		}
		try {
			this.decoding.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MediaRejectedException("The upload was interrupted. Try again.");
		}
		try {
			BufferedImage image = decode(bytes, format);
			int orientation = (format == ImageFormat.JPEG) ? ExifOrientation.of(bytes) : 1;
			return encode(format, image, orientation);
		}
		finally {
			this.decoding.release();
		}
	}

	private BufferedImage decode(byte[] bytes, ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
		if (!readers.hasNext()) {
			throw new MediaRejectedException(format + " images cannot be read on this server. Upload a JPEG or PNG.");
		}
		ImageReader reader = readers.next();
		// Memory-cached streams: ImageIO's default would spool each upload to a temp
		// file.
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			// Only the header is read here; decoding comes after the limits are checked.
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			checkDimensions(width, height);
			BufferedImage image = reader.read(0, reader.getDefaultReadParam());
			if (image == null || image.getWidth() != width || image.getHeight() != height) {
				throw corrupt();
			}
			return image;
		}
		catch (MediaRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Truncated data, a bad checksum, an unsupported variant: ImageIO says so
			// with
			// IOException or, for some malformed headers, a RuntimeException.
			throw corrupt();
		}
		finally {
			reader.dispose();
		}
	}

	private void checkDimensions(int width, int height) {
		if (width <= 0 || height <= 0) {
			throw corrupt();
		}
		long pixels = (long) width * height;
		if (width > this.properties.maxSide() || height > this.properties.maxSide()
				|| pixels > this.properties.maxPixels()) {
			throw new MediaRejectedException(String.format(Locale.UK,
					"The image is %,d × %,d pixels; the largest accepted is %,d pixels a side and %,d megapixels "
							+ "in all. Resize it and upload again.",
					width, height, this.properties.maxSide(), this.properties.maxPixels() / 1_000_000));
		}
	}

	private static MediaRejectedException corrupt() {
		return new MediaRejectedException("The image could not be read: the file is damaged or incomplete. "
				+ "Open it in an image editor, export it again, and upload that.");
	}

	private ProcessedImage encode(ImageFormat source, BufferedImage image, int orientation) {
		boolean png = source == ImageFormat.GIF || image.getColorModel().hasAlpha();
		BufferedImage normalised = ExifOrientation.apply(normalise(image, png), orientation);
		List<Rendition> renditions = new ArrayList<>();
		for (int width : widthsFor(normalised.getWidth())) {
			BufferedImage scaled = scale(normalised, width);
			byte[] bytes = png ? writePng(scaled) : writeJpeg(scaled);
			String name = sha256Prefix(bytes) + "-" + width + (png ? ".png" : ".jpg");
			renditions.add(new Rendition(width, scaled.getHeight(), png ? "image/png" : "image/jpeg", name, bytes));
		}
		return new ProcessedImage(source, normalised.getWidth(), normalised.getHeight(), renditions);
	}

	/**
	 * The standard widths narrower than the original, plus the original's own width (up
	 * to the largest standard one) so nothing is ever upscaled.
	 */
	static List<Integer> widthsFor(int originalWidth) {
		int largest = WIDTHS[WIDTHS.length - 1];
		List<Integer> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < originalWidth && width < largest) {
				widths.add(width);
			}
		}
		widths.add(Math.min(originalWidth, largest));
		return widths;
	}

	/** Into plain RGB (on white) or ARGB, whatever colour model the decoder chose. */
	private static BufferedImage normalise(BufferedImage image, boolean keepAlpha) {
		int type = keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D g = result.createGraphics();
		try {
			if (!keepAlpha) {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, image.getWidth(), image.getHeight());
			}
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return result;
	}

	/**
	 * Halves first while more than twice too big, then one bicubic step: a single bicubic
	 * step from far above skips pixels and looks jagged.
	 */
	private static BufferedImage scale(BufferedImage image, int width) {
		BufferedImage current = image;
		while (current.getWidth() / 2 >= width) {
			current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
		}
		if (current.getWidth() == width) {
			return current;
		}
		int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
		return draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage result = new BufferedImage(width, height, source.getType());
		Graphics2D g = result.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return result;
	}

	private byte[] writeJpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(this.properties.jpegQuality());
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			// Pixels only: no metadata object, so no EXIF, GPS, XMP or comment is
			// written.
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] writePng(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
			if (!ImageIO.write(image, "png", output)) {
				throw new IllegalStateException("No PNG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String sha256Prefix(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The same words as static/js/upload-limit.js, which says it before the file is sent.
	 */
	static String tooLargeMessage(long size, long limit) {
		return "The file is " + megabytes(size) + "; the largest accepted is " + megabytes(limit)
				+ ". Export it smaller and upload again.";
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/** One encoded size of an upload. */
	record Rendition(int width, int height, String contentType, String fileName, byte[] bytes) {
	}

	/**
	 * An accepted upload: its source format, pixel size and renditions, narrowest first.
	 */
	record ProcessedImage(ImageFormat sourceFormat, int width, int height, List<Rendition> renditions) {
	}

}
