using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListWijkbudgetten;

public sealed class ListWijkbudgettenValidator : AbstractValidator<ListWijkbudgettenQuery>
{
    public ListWijkbudgettenValidator() => this.AddPagingRules();
}
