using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Leden.Queries.ListLeden;

public sealed class ListLedenValidator : AbstractValidator<ListLedenQuery>
{
    public ListLedenValidator() => this.AddPagingRules();
}
