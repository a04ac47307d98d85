using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Etalage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Etalageverhalen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Verhaal = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Lessen = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Herkomst = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WijkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Fotos = table.Column<string>(type: "TEXT", nullable: false),
                    Toestemming = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GenomineerdDoor = table.Column<Guid>(type: "TEXT", nullable: false),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Etalageverhalen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Etalageverhalen_TenantId_Status_GepubliceerdOp",
                table: "Etalageverhalen",
                columns: new[] { "TenantId", "Status", "GepubliceerdOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Etalageverhalen");
        }
    }
}
