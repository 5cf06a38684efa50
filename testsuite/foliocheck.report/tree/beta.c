#include "shared.h"

struct address_space *beta_mapping(struct page *page)
{
	return page->mapping;
}
