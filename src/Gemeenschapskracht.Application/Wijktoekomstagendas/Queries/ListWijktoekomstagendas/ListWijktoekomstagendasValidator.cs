using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Wijktoekomstagendas.Queries.ListWijktoekomstagendas;

public sealed class ListWijktoekomstagendasValidator : AbstractValidator<ListWijktoekomstagendasQuery>
{
    public ListWijktoekomstagendasValidator() => this.AddPagingRules();
}
