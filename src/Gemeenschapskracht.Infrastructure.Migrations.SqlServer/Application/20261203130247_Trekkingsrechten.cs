using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Trekkingsrechten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Trekkingsrechten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Groepsnaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    WijkbudgetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BudgetregelId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Eenheid = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Omvang = table.Column<long>(type: "bigint", nullable: false),
                    Tarief = table.Column<long>(type: "bigint", nullable: true),
                    Leveranciers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GemeenteLevert = table.Column<bool>(type: "bit", nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: false),
                    Doel = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Trekkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Waarde = table.Column<long>(type: "bigint", nullable: false),
                    Terugvloei = table.Column<long>(type: "bigint", nullable: true),
                    VerlopenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trekkingsrechten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trekkingsrechten_Wijkbudgetten_WijkbudgetId",
                        column: x => x.WijkbudgetId,
                        principalTable: "Wijkbudgetten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_TenantId_OrganisatieId",
                table: "Trekkingsrechten",
                columns: new[] { "TenantId", "OrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_TenantId_Status_Tot",
                table: "Trekkingsrechten",
                columns: new[] { "TenantId", "Status", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_Trekkingsrechten_WijkbudgetId",
                table: "Trekkingsrechten",
                column: "WijkbudgetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Trekkingsrechten");
        }
    }
}
