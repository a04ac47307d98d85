using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Wijkbeelden.Queries.ListWijkbeelden;

public sealed class ListWijkbeeldenValidator : AbstractValidator<ListWijkbeeldenQuery>
{
    public ListWijkbeeldenValidator() => this.AddPagingRules();
}
