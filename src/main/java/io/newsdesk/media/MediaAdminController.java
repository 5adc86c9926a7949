package io.newsdesk.media;

import java.io.IOException;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The media library's admin pages: browse and search, upload. Any staff member may use
 * them (the /admin rule in SecurityConfiguration); the rules are in {@link MediaLibrary}.
 */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	static final String LIST_VIEW = "admin/media/list";

	static final String UPLOAD_VIEW = "admin/media/upload";

	private final MediaLibrary library;

	private final MediaProperties properties;

	MediaAdminController(MediaLibrary library, MediaProperties properties) {
		this.library = library;
		this.properties = properties;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, @RequestParam(defaultValue = "1") int page,
			Model model) {
		String q = (query != null) ? query.strip() : "";
		if (q.length() > 200) {
			q = q.substring(0, 200);
		}
		Page<MediaImage> images = this.library.browse(q, page - 1);
		NotFoundException.unlessPageExists(images);
		model.addAttribute("images", images.getContent());
		model.addAttribute("q", q);
		model.addAttribute("total", images.getTotalElements());
		String base = q.isEmpty() ? "/admin/media"
				: UriComponentsBuilder.fromPath("/admin/media").queryParam("q", q).encode().build().toUriString();
		model.addAttribute("pagination", Pagination.of(images, base));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showUploadForm(Model model) {
		model.addAttribute("form", new MediaUploadForm());
		return showForm(model);
	}

	@PostMapping
	String submitUploadForm(@Valid @ModelAttribute("form") MediaUploadForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		boolean noFile = file == null || file.isEmpty();
		if (noFile) {
			model.addAttribute("fileError", "Choose an image file to upload.");
		}
		if (noFile || result.hasErrors()) {
			return refuse(model);
		}
		try {
			MediaImage image = this.library.upload(form, file.getBytes());
			redirect.addFlashAttribute("message", "Image uploaded. Place it in an article body with "
					+ image.markdownReference() + ", or choose it as an article's featured image.");
			return "redirect:/admin/media";
		}
		catch (MediaRejectedException ex) {
			model.addAttribute("fileError", ex.getMessage());
			return refuse(model);
		}
		catch (IOException ex) {
			model.addAttribute("fileError", "The upload did not arrive complete. Choose the file and try again.");
			return refuse(model);
		}
	}

	private String refuse(Model model) {
		model.addAttribute("problem",
				"The image was not uploaded. Fix what is marked below; your text is kept, but choose the file again.");
		return showForm(model);
	}

	private String showForm(Model model) {
		model.addAttribute("maxUploadSize", StringUtils.trimAllWhitespace(this.properties.maxUploadSize().toString()));
		model.addAttribute("maxUploadMegabytes", this.properties.maxUploadSize().toMegabytes());
		return UPLOAD_VIEW;
	}

}
