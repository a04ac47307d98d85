using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.PubliekePlekken.Queries.ListPubliekePlekken;

public sealed class ListPubliekePlekkenValidator : AbstractValidator<ListPubliekePlekkenQuery>
{
    public ListPubliekePlekkenValidator() => this.AddPagingRules();
}
