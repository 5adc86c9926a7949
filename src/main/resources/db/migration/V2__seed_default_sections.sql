-- The desks a general news site publishes under from day one. Reference data, not demo
-- content: the article form cannot be used without at least one section.
insert into section (slug, name, position) values
    ('world', 'World', 1),
    ('uk', 'UK', 2),
    ('us', 'US', 3),
    ('politics', 'Politics', 4),
    ('business', 'Business', 5),
    ('technology', 'Technology', 6),
    ('culture', 'Culture', 7),
    ('sport', 'Sport', 8);
