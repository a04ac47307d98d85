using FluentValidation;

namespace Gemeenschapskracht.Application.Common.Paging;

public static class PageRequestRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedRequest
    {
        validator.RuleFor(r => r.Page).GreaterThanOrEqualTo(1)
            .WithMessage("De paginanummering begint bij 1.");
        validator.RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize)
            .WithMessage($"De paginagrootte moet tussen 1 en {Paging.MaxPageSize} liggen.");
    }
}
