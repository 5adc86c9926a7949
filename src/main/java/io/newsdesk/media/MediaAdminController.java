package io.newsdesk.media;

import java.io.IOException;
import java.util.Map;

import io.newsdesk.site.NotFoundException;
import io.newsdesk.site.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The media library's admin pages: browse and search, upload, edit an image's text. Any
 * staff member may use them (the /admin rule in SecurityConfiguration); the rules, such
 * as who may edit which image, are in {@link MediaLibrary}.
 */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	static final String LIST_VIEW = "admin/media/list";

	static final String UPLOAD_VIEW = "admin/media/upload";

	static final String EDIT_VIEW = "admin/media/edit";

	private final MediaLibrary library;

	private final MediaProperties properties;

	private final Validator validator;

	MediaAdminController(MediaLibrary library, MediaProperties properties, Validator validator) {
		this.library = library;
		this.properties = properties;
		this.validator = validator;
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
		model.addAttribute("editable", this.library.editableAmong(images.getContent()));
		model.addAttribute("q", q);
		model.addAttribute("total", images.getTotalElements());
		String base = q.isEmpty() ? "/admin/media"
				: UriComponentsBuilder.fromPath("/admin/media").queryParam("q", q).encode().build().toUriString();
		model.addAttribute("pagination", Pagination.of(images, base));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String showUploadForm(Model model) {
		model.addAttribute("form", new MediaDetailsForm());
		return showForm(model);
	}

	/**
	 * The body is read here, not bound by Spring (see UploadFormReader): the text fields
	 * are bound and validated as a form would be, and a file of any size gets a message
	 * naming its size and the limit, with the typed text kept.
	 */
	@PostMapping
	String submitUploadForm(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		long limit = this.properties.maxUploadSize().toBytes();
		UploadFormReader.UploadedForm upload;
		try {
			upload = UploadFormReader.read(request, limit);
		}
		catch (IOException ex) {
			model.addAttribute("form", new MediaDetailsForm());
			model.addAttribute("fileError", "The upload did not arrive complete. Choose the file and try again.");
			return refuse(model);
		}
		MediaDetailsForm form = new MediaDetailsForm();
		BindingResult result = bind(form, upload.fields());
		model.addAllAttributes(result.getModel());
		if (upload.fileTooLarge()) {
			model.addAttribute("fileError", MediaProcessor.tooLargeMessage(upload.fileSize(), limit));
			if (upload.bodyCutShort()) {
				model.addAttribute("problem", "The image was not uploaded: the file is far too large, so the page "
						+ "stopped reading it and anything typed after it was lost. Choose a smaller file.");
				return showForm(model);
			}
			return refuse(model);
		}
		if (!upload.hasFile()) {
			model.addAttribute("fileError", "Choose an image file to upload.");
			return refuse(model);
		}
		if (result.hasErrors()) {
			return refuse(model);
		}
		try {
			MediaImage image = this.library.upload(form, upload.file());
			redirect.addFlashAttribute("message", "Image uploaded. Place it in an article body with "
					+ image.markdownReference() + ", or choose it as an article's featured image.");
			return "redirect:/admin/media";
		}
		catch (MediaRejectedException ex) {
			model.addAttribute("fileError", ex.getMessage());
			return refuse(model);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable long id, Model model) {
		MediaImage image = this.library.forEditing(id);
		MediaDetailsForm form = new MediaDetailsForm();
		form.setAlt(image.alt());
		form.setCaption(image.caption());
		form.setCredit(image.credit());
		model.addAttribute("form", form);
		model.addAttribute("image", image);
		return EDIT_VIEW;
	}

	@PostMapping("/{id}")
	String submitEditForm(@PathVariable long id, @Valid @ModelAttribute("form") MediaDetailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("image", this.library.forEditing(id));
			model.addAttribute("problem", "The changes were not saved. Fix what is marked below; your text is kept.");
			return EDIT_VIEW;
		}
		MediaImage image = this.library.updateDetails(id, form);
		redirect.addFlashAttribute("message",
				"Saved the text of image #" + image.id() + ". Articles that show it show the new text now.");
		return "redirect:/admin/media";
	}

	private BindingResult bind(MediaDetailsForm form, Map<String, String> fields) {
		WebDataBinder binder = new WebDataBinder(form, "form");
		binder.setAllowedFields("alt", "caption", "credit");
		binder.setValidator(new SpringValidatorAdapter(this.validator));
		binder.bind(new MutablePropertyValues(fields));
		binder.validate();
		return binder.getBindingResult();
	}

	private String refuse(Model model) {
		model.addAttribute("problem",
				"The image was not uploaded. Fix what is marked below; your text is kept, but choose the file again.");
		return showForm(model);
	}

	private String showForm(Model model) {
		model.addAttribute("maxUploadSize", StringUtils.trimAllWhitespace(this.properties.maxUploadSize().toString()));
		model.addAttribute("maxUploadMegabytes", this.properties.maxUploadSize().toMegabytes());
		model.addAttribute("maxUploadBytes", this.properties.maxUploadSize().toBytes());
		return UPLOAD_VIEW;
	}

}
