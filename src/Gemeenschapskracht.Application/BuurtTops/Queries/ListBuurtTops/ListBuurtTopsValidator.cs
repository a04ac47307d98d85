using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListBuurtTops;

public sealed class ListBuurtTopsValidator : AbstractValidator<ListBuurtTopsQuery>
{
    public ListBuurtTopsValidator() => this.AddPagingRules();
}
