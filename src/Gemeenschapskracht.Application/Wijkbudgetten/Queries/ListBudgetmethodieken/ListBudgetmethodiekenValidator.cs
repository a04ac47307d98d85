using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBudgetmethodieken;

public sealed class ListBudgetmethodiekenValidator : AbstractValidator<ListBudgetmethodiekenQuery>
{
    public ListBudgetmethodiekenValidator() => this.AddPagingRules();
}
