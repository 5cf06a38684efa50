#include "shared.h"

struct address_space *alpha_mapping(struct page *page)
{
	return page->mapping;
}
