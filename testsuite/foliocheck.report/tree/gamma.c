#include "shared.h"

struct address_space *gamma_mapping(struct page *page)
{
	return page->mapping;
}
