using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Gemeenten.Queries.ListGemeenten;

public sealed class ListGemeentenValidator : AbstractValidator<ListGemeentenQuery>
{
    public ListGemeentenValidator() => this.AddPagingRules();
}
